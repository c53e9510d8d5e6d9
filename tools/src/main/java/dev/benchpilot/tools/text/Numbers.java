package dev.benchpilot.tools.text;

import java.util.Locale;

/** How benchpilot writes a number for people: the one place for it (reports, console, findings, plans). */
public final class Numbers {

    /** What a figure that was not measured reads as. */
    public static final String NOT_MEASURED = "n/a";

    private Numbers() {}

    /** A whole number without decimals, anything else with one: {@code 50}, {@code 12.5}, {@code 7.3}. */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * A planned value as it was given or sized (a rate, a think time): whole numbers without decimals, else up to two,
     * trailing zeros left out: {@code 50}, {@code 46.15}, {@code 0.5}.
     */
    public static String planned(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return new java.math.BigDecimal(value)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** {@link #plain(double)}, or "n/a" for a value that was not measured. */
    public static String plain(Double value) {
        return value == null ? NOT_MEASURED : plain(value.doubleValue());
    }

    /** A measured figure: whole numbers as such, else three decimals below 1, two below 100 and one above. */
    public static String figure(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        double magnitude = Math.abs(value);
        return String.format(Locale.ROOT, magnitude >= 100 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f", value);
    }
}
