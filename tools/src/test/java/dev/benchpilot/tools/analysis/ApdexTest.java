package dev.benchpilot.tools.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.metrics.LatencySummary;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ApdexTest {

    @Test
    void counts_satisfied_tolerating_and_frustrated_with_failures_frustrating() {
        Histogram latencies = LatencySummary.newHistogramMicros();
        latencies.recordValueWithCount(100_000, 70);
        latencies.recordValueWithCount(1_000_000, 20);
        latencies.recordValueWithCount(3_000_000, 5);

        Apdex apdex = Apdex.of(latencies, 5, 500);

        assertThat(apdex.satisfied()).isEqualTo(70);
        assertThat(apdex.tolerating()).isEqualTo(20);
        assertThat(apdex.frustrated()).isEqualTo(10);
        assertThat(apdex.score()).isEqualTo(0.80);
        assertThat(apdex.rating()).isEqualTo("Fair");
        assertThat(Apdex.of(LatencySummary.newHistogramMicros(), 0, 500)).isNull();
    }
}
