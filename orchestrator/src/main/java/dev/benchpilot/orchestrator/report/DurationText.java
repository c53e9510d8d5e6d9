package dev.benchpilot.orchestrator.report;

import java.time.Duration;

/** Durations as the CLI reads them: 30s, 5m, 1h, 1m30s. */
public final class DurationText {

    private DurationText() {}

    public static String of(Duration duration) {
        long seconds = duration.toSeconds();
        StringBuilder text = new StringBuilder();
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('h');
        }
        if (seconds % 3600 >= 60) {
            text.append(seconds % 3600 / 60).append('m');
        }
        if (seconds % 60 > 0 || text.length() == 0) {
            text.append(seconds % 60).append('s');
        }
        return text.toString();
    }
}
