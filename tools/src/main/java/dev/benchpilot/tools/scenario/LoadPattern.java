package dev.benchpilot.tools.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The shapes of load benchpilot knows, named as on the command line. */
public enum LoadPattern {
    BASELINE,
    STRESS,
    SPIKE,
    SOAK,
    SCALABILITY;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a command-line value; the message of the exception lists the accepted values. */
    public static LoadPattern parse(String value) {
        for (LoadPattern pattern : values()) {
            if (pattern.cliName().equals(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))) {
                return pattern;
            }
        }
        throw new IllegalArgumentException("unknown pattern '" + value + "' (expected one of: " + names() + ")");
    }

    public static String names() {
        return Arrays.stream(values()).map(LoadPattern::cliName).collect(Collectors.joining(", "));
    }
}
