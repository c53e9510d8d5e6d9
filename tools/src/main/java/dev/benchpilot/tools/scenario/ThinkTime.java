package dev.benchpilot.tools.scenario;

import java.time.Duration;

/** A uniformly drawn pause between steps of a flow. */
public record ThinkTime(Duration min, Duration max) {

    public ThinkTime {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("think time needs 0 <= min <= max");
        }
    }

    public Duration mean() {
        return min.plus(max).dividedBy(2);
    }
}
