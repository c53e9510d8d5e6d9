package dev.benchpilot.orchestrator.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.orchestrator.workflow.BenchmarkRequest;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.tools.engines.ConnectionModel;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one request parser: a JSON body and a command text give the same typed request, with the CLI's messages. */
class BenchmarkRequestsTest {

    @TempDir
    Path workspace;

    private static JsonNode json(String text) throws Exception {
        return RunWorkspace.JSON.readTree(text);
    }

    @Test
    void a_body_and_a_command_give_the_same_request() throws Exception {
        BenchmarkRequests parser = new BenchmarkRequests(workspace);
        BenchmarkRequest body = parser.parse(json("""
                {"target": "http://127.0.0.1:8080", "rps": 120, "duration": "1m", "pattern": "spike",
                 "connections": "per-user", "writeExisting": true, "autoConfirm": true}""")).request();
        BenchmarkRequest command = parser.parseCommand(
                        "/benchmark --target http://127.0.0.1:8080 --rps 120 --duration 1m --pattern spike"
                                + " --connections per-user --write-existing --yes")
                .request();

        assertThat(body).isEqualTo(command);
        assertThat(body.load()).isEqualTo(new BenchmarkRequest.Rate(120, LoadPattern.SPIKE, Duration.ofMinutes(1)));
        assertThat(body.engine().connections()).isEqualTo(ConnectionModel.PER_USER);
        assertThat(body.writeExisting()).isTrue();
        assertThat(body.autoConfirm()).isTrue();
        assertThat(body.workspace()).isEqualTo(workspace);
    }

    @Test
    void users_are_a_load_of_their_own_with_no_rate_until_planned() throws Exception {
        BenchmarkRequest request = new BenchmarkRequests(workspace)
                .parse(json("{\"target\": \"http://127.0.0.1:8080\", \"users\": 30, \"duration\": \"30s\"}"))
                .request();

        assertThat(request.load())
                .isEqualTo(new BenchmarkRequest.Users(30, LoadPattern.BASELINE, Duration.ofSeconds(30)));
        assertThatThrownBy(request::rps).isInstanceOf(IllegalStateException.class);
        assertThat(request.withRate(46.15, request.duration()).rps()).isEqualTo(46.15);
    }

    @Test
    void fields_are_checked_as_the_cli_checks_options() {
        BenchmarkRequests parser = new BenchmarkRequests(workspace);

        assertThatThrownBy(
                        () -> parser.parse(json("{\"target\": \"http://127.0.0.1:8080\", \"writeExisting\": \"yes\"}")))
                .isInstanceOf(UsageException.class)
                .hasMessage("field 'writeExisting' must be true or false");
        assertThatThrownBy(() ->
                        parser.parse(json("{\"target\": \"http://127.0.0.1:8080\", \"connections\": \"pooled\"}")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--connections");
        assertThatThrownBy(() -> parser.parse(json("{\"target\": \"http://127.0.0.1:8080\", \"workspace\": \"/tmp\"}")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown field 'workspace'");
    }

    @Test
    void only_batch_files_say_where_a_run_is_published() throws Exception {
        String body = """
                {"target": "http://127.0.0.1:8080", "pushMetrics": "http://127.0.0.1:9091",
                 "notify": "https://hooks.example.test/services/T1/B2/secret"}""";

        BenchmarkRequest batch =
                BenchmarkRequests.forBatch(workspace).parse(json(body)).request();
        assertThat(batch.options().publish().pushMetrics()).hasToString("http://127.0.0.1:9091");
        assertThat(batch.options().publish().webhook()).hasHost("hooks.example.test");
        assertThatThrownBy(() -> new BenchmarkRequests(workspace).parse(json(body)))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown field 'pushMetrics'")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> BenchmarkRequests.forBatch(workspace)
                        .parse(json("{\"target\": \"http://127.0.0.1:8080\", \"notify\": \"ftp://x/secret\"}")))
                .isInstanceOf(UsageException.class)
                .hasMessage("--notify is not an http(s) URL (the value is not shown: it may hold a secret)");
    }
}
