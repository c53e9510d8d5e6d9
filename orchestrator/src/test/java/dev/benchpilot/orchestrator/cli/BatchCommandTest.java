package dev.benchpilot.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.examples.calibration.CalibrationApi;
import dev.benchpilot.examples.calibration.CalibrationConfig;
import dev.benchpilot.orchestrator.batch.BatchFile;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code benchpilot batch}: pass, SLA breach, regression and malformed files, against real targets on loopback. */
class BatchCommandTest {

    static final String OPENAPI = Path.of("../examples/calibration-api/src/main/resources/calibration-openapi.yaml")
            .toAbsolutePath()
            .toString();

    @TempDir
    Path workspace;

    private Cli.Result batch(String name, String yaml) throws Exception {
        Path file = workspace.resolve(name + ".yml");
        Files.writeString(file, yaml);
        return Cli.run(
                "batch",
                file.toString(),
                "--workspace",
                workspace.toString(),
                "--out",
                workspace.resolve(name).toString());
    }

    private Document junit(String name) throws Exception {
        byte[] xml = Files.readAllBytes(workspace.resolve(name).resolve("junit.xml"));
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /**
     * The failure message of test case {@code name} in suite {@code suite}, "" when it passed, null when there is no
     * such case.
     */
    private static String failure(Document junit, String suite, String name) {
        NodeList cases = junit.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("classname").equals("benchpilot." + suite)
                    && c.getAttribute("name").equals(name)) {
                NodeList failures = c.getElementsByTagName("failure");
                return failures.getLength() == 0 ? "" : ((Element) failures.item(0)).getAttribute("message");
            }
        }
        return null;
    }

    private static String benchmark(String name, CalibrationApi api, String extra) {
        return "  - name: " + name + "\n    target: " + api.baseUrl() + "\n    openapi: " + OPENAPI
                + "\n    duration: 5s\n    rps: 20\n" + extra;
    }

    @Test
    void a_passing_clause_and_a_breached_one_give_junit_cases_a_markdown_summary_and_exit_1() throws Exception {
        try (CalibrationApi api = CalibrationApi.start(CalibrationConfig.latency(2, 6))) {
            Cli.Result result = batch(
                    "sla",
                    "benchmarks:\n" + benchmark("relaxed", api, "    sla: p95<2s,errors<5%\n")
                            + benchmark("strict", api, "    sla: p50<1us\n"));

            assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.SLA_BREACH_OR_REGRESSION);
            Document junit = junit("sla");
            assertThat(failure(junit, "relaxed", "run")).isEmpty();
            assertThat(failure(junit, "relaxed", "SLA p95<2s")).isEmpty();
            assertThat(failure(junit, "relaxed", "SLA errors<5%")).isEmpty();
            assertThat(failure(junit, "strict", "SLA p50<1us")).startsWith("SLA p50<1us breached: measured ");
            assertThat(failure(junit, "strict", "regression p95"))
                    .as("nothing to compare with: skipped, not failed")
                    .isEmpty();
            String summary = Files.readString(workspace.resolve("sla/summary.md"));
            assertThat(summary)
                    .contains(
                            "| relaxed | completed |",
                            "✅ 2/2",
                            "❌ 0/1",
                            "### Problems",
                            "**strict**: SLA p50<1us breached");
            assertThat(result.out()).contains("[1/2] relaxed", "[2/2] strict", "JUnit XML: ");
        }
    }

    @Test
    void a_slower_night_is_a_regression_against_the_previous_run_of_the_same_name() throws Exception {
        Cli.Result first;
        try (CalibrationApi fast = CalibrationApi.start(CalibrationConfig.latency(2, 6))) {
            first = batch("night1", benchmark("api", fast, ""));
        }
        assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(workspace.resolve("night1/summary.md")))
                .contains("✅ all passed", "no earlier completed run of 'api'");

        try (CalibrationApi slow = CalibrationApi.start(CalibrationConfig.latency(60, 120))) {
            Cli.Result second = batch(
                    "night2",
                    "- name: api\n  target: " + slow.baseUrl() + "\n  openapi: " + OPENAPI
                            + "\n  duration: 5s\n  rps: 20\n  compare: previous\n");

            assertThat(second.exitCode()).as(second.out() + second.err()).isEqualTo(ExitCodes.SLA_BREACH_OR_REGRESSION);
            System.out.println(Files.readString(workspace.resolve("night2/summary.md")));
            Document junit = junit("night2");
            assertThat(failure(junit, "api", "run")).isEmpty();
            assertThat(failure(junit, "api", "regression p95"))
                    .startsWith("p95 ")
                    .contains(" ms (+", "(baseline run ");
            assertThat(Files.readString(workspace.resolve("night2/summary.md")))
                    .contains("❌ problems", "regression(s) vs ");
        }
    }

    @Test
    void a_batch_stopped_from_outside_still_leaves_its_junit_xml_and_the_aborted_run_its_workspace() throws Exception {
        try (CalibrationApi api = CalibrationApi.start(CalibrationConfig.latency(2, 6))) {
            Path file = workspace.resolve("long.yml");
            Files.writeString(file, benchmark("long", api, "").replace("duration: 5s", "duration: 2m"));
            Process batch = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "--add-opens",
                            "java.base/java.lang=ALL-UNNAMED",
                            "-cp",
                            System.getProperty("java.class.path"),
                            Main.class.getName(),
                            "batch",
                            file.toString(),
                            "--workspace",
                            workspace.toString(),
                            "--out",
                            workspace.resolve("stopped").toString())
                    .redirectErrorStream(true)
                    .start();
            try (java.io.BufferedReader lines =
                    new java.io.BufferedReader(new java.io.InputStreamReader(batch.getInputStream()))) {
                String line;
                do {
                    line = lines.readLine();
                } while (line != null && !line.contains("s  offered"));
                assertThat(line).as("the load started").isNotNull();
                batch.destroy();
                assertThat(batch.waitFor(60, java.util.concurrent.TimeUnit.SECONDS))
                        .as("SIGTERM ends the batch")
                        .isTrue();
            }
            Document junit = junit("stopped");
            NodeList errors = junit.getElementsByTagName("error");
            assertThat(errors.getLength()).isEqualTo(1);
            assertThat(((Element) errors.item(0)).getAttribute("message"))
                    .contains("run aborted", "stopped from outside");
            NodeList properties = junit.getElementsByTagName("property");
            String runWorkspace = null;
            for (int i = 0; i < properties.getLength(); i++) {
                Element property = (Element) properties.item(i);
                if (property.getAttribute("name").equals("workspace")) {
                    runWorkspace = property.getAttribute("value");
                }
            }
            assertThat(runWorkspace).isNotNull();
            assertThat(Files.readString(Path.of(runWorkspace).resolve("run.json")))
                    .contains("aborted");
        }
    }

    @Test
    void a_bad_file_names_the_line_and_the_field_exits_2_and_runs_nothing() throws Exception {
        Cli.Result rps = batch(
                "badrps",
                "benchmarks:\n  - name: one\n    target: http://127.0.0.1:1\n    openapi: " + OPENAPI
                        + "\n    rps: fast\n");
        assertThat(rps.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(rps.err()).contains("badrps.yml:5: field 'rps'").doesNotContain("Exception");

        Cli.Result tooShort =
                batch("short", "- target: http://127.0.0.1:1\n  openapi: " + OPENAPI + "\n  duration: 4s\n");
        assertThat(tooShort.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(tooShort.err()).contains("short.yml:3: field 'duration'", "at least 5s");

        Cli.Result unknown = batch("unknown", "- target: http://127.0.0.1:1\n  openapi: " + OPENAPI + "\n  speed: 3\n");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(unknown.err()).contains("unknown.yml:3: unknown field 'speed'");

        Cli.Result yaml = batch("yaml", "- target: [http://127.0.0.1:1\n  rps: 3\n");
        assertThat(yaml.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(yaml.err()).contains("yaml.yml:", "not valid YAML");

        Cli.Result missing = batch("missing", "- name: x\n  rps: 3\n");
        assertThat(missing.err()).contains("missing.yml:1: field 'target' is missing");

        Cli.Result compare = batch(
                "compare", "- target: http://127.0.0.1:1\n  openapi: " + OPENAPI + "\n  compare: run-that-never-was\n");
        assertThat(compare.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(compare.err()).contains("field 'compare': no run 'run-that-never-was'");

        Cli.Result twice = batch(
                "twice",
                "benchmarks:\n  - target: http://127.0.0.1:1\n    openapi: " + OPENAPI
                        + "\nbenchmarks:\n  - target: http://127.0.0.1:2\n    openapi: " + OPENAPI + "\n");
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(twice.err()).contains("twice.yml:4:", "'benchmarks' is given twice");

        Cli.Result remote =
                batch("remote", "- name: x\n  openapi: " + OPENAPI + "\n  target: http://203.0.113.7:8080\n");
        assertThat(remote.exitCode())
                .as("a target off this machine is bad input, refused before anything runs")
                .isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(remote.err()).contains("remote.yml:3: field 'target'", "is not allowed");

        StringBuilder laughs =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            laughs.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + (char) (c - 1))))
                    .append("]\n");
        }
        long started = System.nanoTime();
        Cli.Result bomb = batch("laughs", laughs.toString());
        assertThat(bomb.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(bomb.err()).contains("laughs.yml").doesNotContain("\tat ");
        assertThat((System.nanoTime() - started) / 1e9)
                .as("refused, not expanded")
                .isLessThan(10);

        assertThat(Files.exists(workspace.resolve(".benchpilot/runs")))
                .as("no run was started")
                .isFalse();
        assertThat(BatchFile.read(Path.of("../docs/nightly.yml"), workspace))
                .as("the sample in docs/ is a valid batch file")
                .extracting(BatchFile.Benchmark::name)
                .containsExactly("shop-baseline", "shop-stress");
        assertThat(Cli.run("batch", workspace.resolve("absent.yml").toString()).err())
                .contains("absent.yml: no such file");
    }
}
