package dev.benchpilot.tools.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of the Artillery and Locust scripts; their live runs against shop-api are in the orchestrator's tests. */
class ArtilleryAndLocustWritersTest {

    private static final ScriptWriter ARTILLERY =
            ScriptWriters.byTool("artillery").orElseThrow();
    private static final ScriptWriter LOCUST = ScriptWriters.byTool("locust").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void artillery_yaml_has_phases_at_the_planned_arrival_rate_and_a_weighted_scenario_per_flow() throws Exception {
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(ARTILLERY.write(ScriptFixtures.shop()));

        assertThat(yaml.at("/config/target").asText()).isEqualTo(ScriptFixtures.BASE_URL);
        assertThat(yaml.at("/config/processor").asText()).isEqualTo("./artillery-processor.js");
        // 10 rps over 2.5 requests per arriving user = 4 users/s; the ramp goes from 0 to 4
        assertThat(yaml.at("/config/phases/0/arrivalRate").asDouble()).isZero();
        assertThat(yaml.at("/config/phases/0/rampTo").asDouble()).isEqualTo(4.0);
        assertThat(yaml.at("/config/phases/1/duration").asLong()).isEqualTo(20);
        assertThat(yaml.at("/config/phases/1/arrivalRate").asDouble()).isEqualTo(4.0);
        assertThat(yaml.at("/scenarios/0/weight").asInt()).isEqualTo(3);
        assertThat(yaml.at("/scenarios/1/weight").asInt()).isEqualTo(2);
        assertThat(yaml.at("/scenarios/1/flow/1/post/ifTrue").asText()).isEqualTo("f1s0_run");
        assertThat(yaml.at("/scenarios/1/flow/1/post/afterResponse").asText()).isEqualTo("afterStep");
    }

    @Test
    void artillery_writes_a_fractional_constant_rate_as_an_arrival_count() throws Exception {
        ScriptSpec spec = ScriptFixtures.shop();
        ScriptSpec slow = new ScriptSpec(
                spec.baseUrl(),
                spec.scenarios(),
                new dev.benchpilot.tools.scenario.LoadProfile(
                        spec.profile().pattern(),
                        3,
                        List.of(dev.benchpilot.tools.scenario.Stage.constant(
                                "steady", java.time.Duration.ofSeconds(30), 3))),
                spec.requestTimeout());
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(ARTILLERY.write(slow));

        assertThat(yaml.at("/config/phases/0/arrivalCount").asLong()).isEqualTo(36); // 1.2 users/s x 30 s
        assertThat(yaml.at("/config/phases/0/arrivalRate").isMissingNode()).isTrue();
    }

    @Test
    void artillery_processor_and_yaml_stay_valid_whatever_text_the_spec_holds() throws Exception {
        for (ScriptSpec spec : List.of(ScriptFixtures.shop(), ScriptFixtures.hostile(), ScriptFixtures.staticAuth())) {
            new ObjectMapper(new YAMLFactory()).readTree(ARTILLERY.write(spec));
            Path processor = dir.resolve("artillery-processor.js");
            Files.writeString(processor, ARTILLERY.companionFiles(spec).get("artillery-processor.js"));
            Node.run("--check", processor.toString());
        }
    }

    @Test
    void locustfile_is_valid_python_with_a_user_class_per_flow_and_a_shape_following_the_profile() throws Exception {
        String script = LOCUST.write(ScriptFixtures.shop());
        assertThat(script)
                .contains(
                        "class BrowseFlow(HttpUser):",
                        "class CheckoutFlow(HttpUser):",
                        "    weight = 3\n",
                        "    weight = 2\n",
                        "class ProfileShape(LoadTestShape):",
                        "(\"ramp-up\", 5, 0, 10),",
                        "(\"steady\", 20, 10, 10),",
                        "USERS_PER_REQUEST_RATE = 0.4");
        for (ScriptSpec spec : List.of(ScriptFixtures.shop(), ScriptFixtures.hostile(), ScriptFixtures.staticAuth())) {
            Path file = dir.resolve("locustfile.py");
            Files.writeString(file, LOCUST.write(spec));
            python("-m", "py_compile", file.toString());
        }
    }

    @Test
    void flows_without_a_login_send_the_static_header_from_the_environment() {
        String yaml = ARTILLERY.write(ScriptFixtures.staticAuth());
        assertThat(yaml).contains("beforeRequest: staticAuth").doesNotContain("Bearer {{");
        assertThat(ARTILLERY.companionFiles(ScriptFixtures.staticAuth()).get("artillery-processor.js"))
                .contains(
                        "const AUTH = process.env.BENCHPILOT_AUTH_HEADER || '';",
                        "module.exports = { think, afterStep, stepError, staticAuth");
        String locust = LOCUST.write(ScriptFixtures.staticAuth());
        assertThat(locust)
                .contains(
                        "_AUTH = os.environ.get(\"BENCHPILOT_AUTH_HEADER\", \"\")",
                        "raise SystemExit(",
                        "\"static\", {})");
        assertThat(LOCUST.write(ScriptFixtures.shop()))
                .contains("AUTH_HEADER = None\n")
                .doesNotContain("raise SystemExit(");
    }

    private static void python(String... args) throws Exception {
        String python = null;
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory.isEmpty() ? "." : directory, "python3"))) {
                python = Path.of(directory.isEmpty() ? "." : directory, "python3")
                        .toString();
                break;
            }
        }
        if (python == null) {
            System.out.println("skipped: python3 is not on PATH, the generated locustfile is not compiled");
        }
        assumeTrue(python != null, "python3 is not on PATH");
        List<String> command = new java.util.ArrayList<>(List.of(python));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("python exit code, output:%n%s", output)
                .isZero();
    }
}
