package dev.benchpilot.orchestrator.report;

import java.time.Duration;
import java.util.Locale;

/** How figures read in reports: "n/a" for what was not measured, units always written. */
final class Formats {

    static final String NOT_MEASURED = "n/a";

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

    /** Up to three significant decimals for small numbers, one for large ones. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return Math.abs(value) >= 100
                ? String.format(Locale.ROOT, "%.1f", value)
                : Math.abs(value) >= 1
                        ? String.format(Locale.ROOT, "%.2f", value)
                        : String.format(Locale.ROOT, "%.3f", value);
    }

    static String hours(double hours) {
        return (hours == Math.rint(hours) ? String.valueOf((long) hours) : String.format(Locale.ROOT, "%.1f", hours))
                + "h";
    }

    static String duration(Duration duration) {
        return DurationText.of(duration);
    }
}
