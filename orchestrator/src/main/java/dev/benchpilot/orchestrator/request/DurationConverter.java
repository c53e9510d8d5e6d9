package dev.benchpilot.orchestrator.request;

import dev.benchpilot.orchestrator.workflow.Durations;
import java.time.Duration;
import picocli.CommandLine;

/** Reads {@code 30s}, {@code 5m}, {@code 1h}, {@code 1m30s}, {@code 1h15m} (see {@link Durations}). */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    public static Duration parse(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
