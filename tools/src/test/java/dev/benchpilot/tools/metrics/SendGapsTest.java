package dev.benchpilot.tools.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendGapsTest {

    /** Seconds 0.. with the given send counts, all at the same offered rate. */
    static List<IntervalMetrics> seconds(double offered, long... sent) {
        List<IntervalMetrics> intervals = new ArrayList<>();
        for (int i = 0; i < sent.length; i++) {
            intervals.add(new IntervalMetrics(i, offered, sent[i], sent[i], 0, null, null, null));
        }
        return intervals;
    }

    static LoadMetrics run(List<IntervalMetrics> intervals) {
        return new LoadMetrics(
                intervals.size(), 0, 0, 0, null, java.util.Map.of(), null, null, List.of(), List.of(), intervals);
    }

    @Test
    void a_stall_and_its_catch_up_burst_are_found() {
        List<SendGaps.Gap> gaps = SendGaps.of(seconds(40, 12, 38, 41, 0, 0, 0, 150, 44, 39, 40));
        assertThat(gaps).containsExactly(new SendGaps.Gap(3, 5, 40, 6, 150));
        String warning = SendGaps.warning("artillery", run(seconds(40, 12, 38, 41, 0, 0, 0, 150, 44, 39, 40)));
        assertThat(warning)
                .startsWith(
                        "artillery sent no request for 3 whole seconds (seconds 3-5 at 40 rps offered, then 150 sent "
                                + "in second 6)")
                .contains("stalled");
    }

    @Test
    void steady_sending_slow_rates_the_first_second_and_a_stopped_run_are_not_gaps() {
        assertThat(SendGaps.of(seconds(40, 10, 38, 41, 39, 40))).isEmpty();
        assertThat(SendGaps.of(seconds(5, 3, 0, 6, 0, 4)))
                .as("at 5 rps an empty second can be chance")
                .isEmpty();
        assertThat(SendGaps.of(seconds(40, 0, 20, 40)))
                .as("the first second: users still arriving")
                .isEmpty();
        assertThat(SendGaps.of(seconds(40, 12, 38, 41, 0, 0)))
                .as("nothing sent after a stop: the run ended early")
                .isEmpty();
        assertThat(SendGaps.warning("gatling", run(seconds(40, 10, 38, 41)))).isNull();
    }

    @Test
    void several_gaps_are_counted_together_and_the_first_three_named() {
        String warning = SendGaps.warning("k6", run(seconds(20, 5, 0, 30, 0, 25, 0, 22, 0, 0, 30, 20)));
        assertThat(warning)
                .startsWith(
                        "k6 sent no request for 5 whole seconds (second 1 at 20 rps offered, then 30 sent in second 2; "
                                + "second 3 at 20 rps offered, then 25 sent in second 4; second 5 at 20 rps offered, "
                                + "then 22 sent in second 6; 1 more)");
    }
}
