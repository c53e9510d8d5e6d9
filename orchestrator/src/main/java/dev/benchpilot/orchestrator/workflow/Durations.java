package dev.benchpilot.orchestrator.workflow;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code 30s}, {@code 5m}, {@code 1h}, {@code 1m30s}, {@code 1h15m}: the one duration format of every way in. */
public final class Durations {

    private static final Pattern FORMAT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private Durations() {}

    /** @throws IllegalArgumentException naming the text and the expected format */
    public static Duration parse(String value) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        Matcher matcher = FORMAT.matcher(text);
        if (text.isEmpty() || !matcher.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a duration (examples: 30s, 5m, 1h, 1m30s)");
        }
        Duration duration;
        try {
            duration = Duration.ofHours(number(matcher.group(1)))
                    .plusMinutes(number(matcher.group(2)))
                    .plusSeconds(number(matcher.group(3)));
        } catch (ArithmeticException | NumberFormatException e) {
            duration = null;
        }
        if (duration == null || duration.compareTo(Defaults.MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration '" + value + "' is longer than the most a run may last ("
                    + Defaults.MAX_DURATION.toHours() + "h)");
        }
        if (duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive, was '" + value + "'");
        }
        return duration;
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group.length() > 12 ? "9".repeat(13) : group);
    }
}
