package dev.benchpilot.orchestrator.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchpilot.agents.scenario.DeterministicScenarioAgent;
import dev.benchpilot.agents.scenario.ScenarioRequest;
import dev.benchpilot.examples.shop.ShopApi;
import dev.benchpilot.examples.shop.ShopConfig;
import dev.benchpilot.orchestrator.workflow.BaselineAgainstShopTest;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointDetection;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Stage;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scripts.ScriptSpec;
import dev.benchpilot.tools.scripts.ScriptWriter;
import dev.benchpilot.tools.scripts.ScriptWriters;
import java.io.File;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Artillery and Locust scripts benchpilot writes for shop-api, run by the real tools against a real shop on
 * loopback for 8 s at 10 requests/s: every request is named after a detected endpoint, none fails, the flows log in
 * with the test user from the environment. Skipped, with the reason printed, where a tool is not installed
 * ({@code .ci/run} installs both).
 */
class OutsideToolScriptsAgainstShopTest {

    private static final Duration LOAD = Duration.ofSeconds(8);

    @TempDir
    Path dir;

    /**
     * Members log in with the test users, or with {@code staticHeader} only members run and send a header given in the
     * environment.
     */
    private static ScriptSpec spec(ShopApi shop, boolean staticHeader) {
        List<Endpoint> endpoints = EndpointDetection.detect(BaselineAgainstShopTest.SHOP_SOURCES, null)
                .endpoints();
        var scenarios = new DeterministicScenarioAgent()
                .design(new ScenarioRequest(endpoints, LoadPattern.BASELINE, 10, !staticHeader, staticHeader))
                .scenarios();
        if (staticHeader) { // only the flows that need auth, so every journey sends the header
            scenarios = new ScenarioSet(
                    scenarios.flows().stream()
                            .filter(f -> f.steps().stream().anyMatch(Step::authenticated))
                            .toList(),
                    scenarios.thinkTime(),
                    scenarios.notes());
        }
        return new ScriptSpec(
                shop.baseUrl().toString(),
                scenarios,
                new LoadProfile(LoadPattern.BASELINE, 10, List.of(Stage.constant("steady", LOAD, 10))),
                Duration.ofSeconds(10));
    }

    private static Set<String> endpointKeys() {
        return EndpointDetection.detect(BaselineAgainstShopTest.SHOP_SOURCES, null).endpoints().stream()
                .map(Endpoint::key)
                .collect(Collectors.toSet());
    }

    private static String onPath(String tool) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        System.out.println(
                "skipped: " + tool + " is not on PATH (.ci/run installs it); its generated script was not run");
        assumeTrue(false, tool + " is not on PATH");
        return null;
    }

    private Process run(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("tool-output.txt").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("BENCHPILOT_CREDENTIALS", "shopper{1..500}:" + ShopConfig.DEMO_PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(LOAD.toSeconds() + 90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("tool did not finish; output:\n" + output());
        }
        return process;
    }

    private String output() throws Exception {
        return Files.readString(dir.resolve("tool-output.txt"), StandardCharsets.UTF_8);
    }

    private void write(ScriptWriter writer, ScriptSpec spec) throws Exception {
        Files.writeString(dir.resolve(writer.fileName()), writer.write(spec));
        for (var companion : writer.companionFiles(spec).entrySet()) {
            Files.writeString(dir.resolve(companion.getKey()), companion.getValue());
        }
    }

    @Test
    void locust_runs_the_generated_locustfile_headless_with_every_request_named_after_an_endpoint() throws Exception {
        String locust = onPath("locust");
        ScriptWriter writer = ScriptWriters.byTool("locust").orElseThrow();
        Map<String, long[]> byName = new HashMap<>();
        try (ShopApi shop = ShopApi.start(ShopConfig.defaults())) {
            write(writer, spec(shop, false));
            Process process = run(
                    Map.of(),
                    locust,
                    "-f",
                    writer.fileName(),
                    "--headless",
                    "--host",
                    shop.baseUrl().toString(),
                    "--csv",
                    "result",
                    "--only-summary",
                    "--loglevel",
                    "WARNING");
            assertThat(process.exitValue())
                    .as("locust exit code; output:%n%s", output())
                    .isZero();
        }
        List<String> lines = Files.readAllLines(dir.resolve("result_stats.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = csv(line);
            if (!cells.get(header.indexOf("Name")).equals("Aggregated")) {
                byName.put(cells.get(header.indexOf("Name")), new long[] {
                    Long.parseLong(cells.get(header.indexOf("Request Count"))),
                    Long.parseLong(cells.get(header.indexOf("Failure Count")))
                });
            }
        }
        assertThat(byName).isNotEmpty();
        assertThat(endpointKeys()).containsAll(byName.keySet());
        assertThat(byName).containsKey("POST /api/login");
        long requests = byName.values().stream().mapToLong(v -> v[0]).sum();
        assertThat(requests).as("requests in %s s at 10/s", LOAD.toSeconds()).isBetween(20L, 140L);
        assertThat(byName.values().stream().mapToLong(v -> v[1]).sum())
                .as("failures; output:%n%s", output())
                .isZero();
    }

    /** Members of the Artillery run are signed in by a static header (a token the test got by logging in once). */
    @Test
    void artillery_runs_the_generated_script_with_its_processor_recording_every_response() throws Exception {
        String artillery = onPath("artillery");
        ScriptWriter writer = ScriptWriters.byTool("artillery").orElseThrow();
        Path results = dir.resolve("results.ndjson");
        try (ShopApi shop = ShopApi.start(ShopConfig.defaults())) {
            write(writer, spec(shop, true));
            HttpResponse<String> login = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(shop.baseUrl().resolve("/api/login"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"username\":\"shopper3\",\"password\":\"" + ShopConfig.DEMO_PASSWORD
                                                    + "\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            String header = "Authorization: Bearer "
                    + new ObjectMapper().readTree(login.body()).get("token").asText();
            Process process = run(
                    Map.of(
                            "ARTILLERY_DISABLE_TELEMETRY",
                            "true",
                            "BENCHPILOT_RESULTS",
                            results.toString(),
                            "BENCHPILOT_AUTH_HEADER",
                            header),
                    artillery,
                    "run",
                    "--target",
                    shop.baseUrl().toString(),
                    writer.fileName());
            assertThat(process.exitValue())
                    .as("artillery exit code; output:%n%s", output())
                    .isZero();
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> responses = new ArrayList<>();
        for (String line : Files.readAllLines(results)) {
            JsonNode node = json.readTree(line);
            if (node.has("endpoint")) { // the process's event-loop lag, once a second, is not a response
                responses.add(node);
            }
        }
        Set<String> names =
                responses.stream().map(r -> r.get("endpoint").asText()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(endpointKeys()).containsAll(names);
        assertThat(names).doesNotContain("POST /api/login").contains("GET /api/cart");
        assertThat(responses.size())
                .as("responses in %s s at 10/s", LOAD.toSeconds())
                .isBetween(20, 140);
        // one header is one user for every journey: a checkout may find the cart another journey just emptied (409),
        // but no request may be refused auth or fail otherwise
        assertThat(responses).allSatisfy(r -> {
            assertThat(r.get("status").asInt())
                    .as("status of %s", r)
                    .matches(status -> status >= 200 && status < 400
                            || status == 409 && r.get("endpoint").asText().equals("POST /api/checkout"));
            assertThat(r.get("latencyMs").asDouble()).isPositive();
        });
    }

    private static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
