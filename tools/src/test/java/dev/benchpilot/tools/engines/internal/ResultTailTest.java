package dev.benchpilot.tools.engines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultTailTest {

    @TempDir
    Path dir;

    private void append(String file, byte[] bytes) throws Exception {
        Files.write(dir.resolve(file), bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void hands_over_each_complete_line_once_from_every_matching_file_even_when_cut_mid_character() throws Exception {
        List<String> lines = new ArrayList<>();
        ResultTail tail = new ResultTail(dir, "requests*.ndjson", lines::add);
        assertThat(tail.poll()).isZero();

        byte[] euro = "{\"e\":\"€\"}\n".getBytes(StandardCharsets.UTF_8);
        append("requests-1.ndjson", "{\"a\":1}\n{\"b\"".getBytes(StandardCharsets.UTF_8));
        append("requests-2.ndjson", java.util.Arrays.copyOf(euro, 8)); // stops inside the three bytes of €
        append("other.log", "not a result\n".getBytes(StandardCharsets.UTF_8));
        assertThat(tail.poll()).isEqualTo(1);
        assertThat(lines).containsExactly("{\"a\":1}");

        append("requests-1.ndjson", ":2}\n\n".getBytes(StandardCharsets.UTF_8));
        append("requests-2.ndjson", java.util.Arrays.copyOfRange(euro, 8, euro.length));
        assertThat(tail.poll()).isEqualTo(2);
        assertThat(lines).containsExactlyInAnyOrder("{\"a\":1}", "{\"b\":2}", "{\"e\":\"€\"}");
        assertThat(tail.poll()).isZero();
    }

    @Test
    void result_lines_of_the_generated_scripts_map_wall_clock_time_onto_the_recorder_clock() {
        ResultLine.WallClock clock = new ResultLine.WallClock(5_000_000L);
        var outcome = ResultLine.parse(
                "{\"endpoint\":\"GET /api/cart\",\"status\":409,\"latencyMs\":12.5,\"at\":1000.0}", clock);
        assertThat(outcome.endpointKey()).isEqualTo("GET /api/cart");
        assertThat(outcome.status()).isEqualTo(409);
        assertThat(outcome.latencyNanos()).isEqualTo(12_500_000L);
        assertThat(outcome.sentNanos()).isEqualTo(1000L * 1_000_000L + 5_000_000L - 12_500_000L);
        assertThat(ResultLine.parse("{\"endpoint\":\"GET /x\",\"status\":0,\"latencyMs\":null,\"at\":5}", clock)
                        .failed())
                .isTrue();
        assertThat(ResultLine.parse("{\"status\":200}", clock)).isNull();
        var missing = ResultLine.parse(
                "{\"endpoint\":\"POST /visits\",\"scenarioError\":[\"petId\",\"token\"],\"at\":5,\"flow\":\"v\"}",
                clock);
        assertThat(missing.isScenarioError()).isTrue();
        assertThat(missing.endpointKey()).isEqualTo("POST /visits: petId, token not captured");
        assertThat(ResultLine.parse("{{", clock)).isNull();
    }
}
