package dev.benchpilot.tools.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.metrics.GroupMetrics;
import dev.benchpilot.tools.metrics.RequestOutcome;
import dev.benchpilot.tools.metrics.RequestRecorder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flows sorted into read-heavy, write-heavy and mixed groups, and the recorder's figures per group. */
class FlowGroupsTest {

    private static Step step(String method, String path, Map<String, String> captures) {
        return new Step(method + " " + path, method, path, 1.0, null, Map.of(), captures, false, true);
    }

    static final Step LOGIN = step("POST", "/api/login", Map.of(Step.TOKEN_VARIABLE, "$..token"));
    static final Step LIST = step("GET", "/api/products", Map.of());
    static final Step ADD = step("POST", "/api/cart/add", Map.of());
    static final Step CHECKOUT = step("POST", "/api/checkout", Map.of());

    @Test
    void a_login_is_not_a_write_and_half_writes_make_a_write_heavy_flow() {
        assertThat(FlowGroups.of(new Flow("browse", "", 60, List.of(LOGIN, LIST, LIST))))
                .isEqualTo(FlowGroups.READ_HEAVY);
        assertThat(FlowGroups.of(new Flow("buy", "", 25, List.of(LIST, ADD, CHECKOUT))))
                .isEqualTo(FlowGroups.WRITE_HEAVY);
        assertThat(FlowGroups.of(new Flow("member", "", 10, List.of(LOGIN, LIST, LIST, LIST, ADD))))
                .isEqualTo(FlowGroups.MIXED);
    }

    @Test
    void requests_that_name_their_flow_are_counted_in_its_group() {
        LoadProfile profile = new LoadProfile(
                LoadPattern.BASELINE, 10, List.of(Stage.constant("steady", Duration.ofSeconds(10), 10)));
        RequestRecorder recorder =
                new RequestRecorder(0, profile, Duration.ZERO, Map.of("browse", "read-heavy", "buy", "write-heavy"));
        for (int i = 0; i < 9; i++) {
            recorder.record(new RequestOutcome("GET /api/products", i * 1_000_000_000L, 2_000_000, 200, "browse"));
        }
        recorder.record(new RequestOutcome("POST /api/checkout", 9_000_000_000L, 8_000_000, 503, "buy"));
        recorder.record(new RequestOutcome("GET /api/products", 9_500_000_000L, 2_000_000, 200));

        List<GroupMetrics> groups = recorder.snapshot().groups();
        assertThat(groups).extracting(GroupMetrics::name).containsExactly("read-heavy", "write-heavy");
        assertThat(groups.get(0).requests()).isEqualTo(9);
        assertThat(groups.get(0).flows()).containsExactly("browse");
        assertThat(groups.get(1).errorRate()).isEqualTo(1.0);
        assertThat(groups.get(1).latencyMs().p50()).isBetween(7.9, 8.1);
        assertThat(recorder.snapshot().requests())
                .as("a request without a flow still counts overall")
                .isEqualTo(11);
    }
}
