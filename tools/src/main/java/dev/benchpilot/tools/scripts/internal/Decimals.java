package dev.benchpilot.tools.scripts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as generated code writes them: locale-independent, at most six decimals, no exponent. */
final class Decimals {

    private Decimals() {}

    /** {@code 1.6}, {@code 0.5}, {@code 3}. */
    static String plain(double value) {
        return BigDecimal.valueOf(value)
                .setScale(6, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A Java {@code double} literal: always with a decimal point, {@code 2.0}, {@code 1.6}. */
    static String javaDouble(double value) {
        String plain = plain(value);
        return plain.contains(".") ? plain : plain + ".0";
    }
}
