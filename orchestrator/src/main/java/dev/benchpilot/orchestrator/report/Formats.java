package dev.benchpilot.orchestrator.report;

import dev.benchpilot.tools.text.Numbers;
import java.time.Duration;
import java.util.Locale;

/** How figures read in reports: "n/a" for what was not measured, units always written. */
final class Formats {

    static final String NOT_MEASURED = Numbers.NOT_MEASURED;

    private Formats() {}

    static String ms(Double value) {
        return value == null ? NOT_MEASURED : number(value) + " ms";
    }

    static String rps(Double value) {
        return value == null ? NOT_MEASURED : number(value) + " rps";
    }

    static String percent(Double fraction) {
        return fraction == null ? NOT_MEASURED : String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    static String signedMs(Double value) {
        return value == null ? NOT_MEASURED : (value >= 0 ? "+" : "") + number(value) + " ms";
    }

    static String signedPercent(Double value) {
        return value == null ? NOT_MEASURED : (value >= 0 ? "+" : "") + String.format(Locale.ROOT, "%.0f%%", value);
    }

    /** A measured figure as {@link Numbers#figure(double)} writes it. */
    static String number(double value) {
        return Numbers.figure(value);
    }

    /** {@link #number(double)}, or "n/a" for a value that was not measured. */
    static String figure(Double value) {
        return value == null ? NOT_MEASURED : Numbers.figure(value);
    }

    static String hours(double hours) {
        return Numbers.plain(hours) + "h";
    }

    static String duration(Duration duration) {
        return DurationText.of(duration);
    }
}
