package dev.benchpilot.tools.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptWritersTest {

    @TempDir
    Path dir;

    private static String write(String tool) {
        return ScriptWriters.byTool(tool).orElseThrow().write(ScriptFixtures.spec());
    }

    @Test
    void output_is_deterministic_and_carries_no_credential() {
        for (ScriptWriter writer : ScriptWriters.all()) {
            String first = writer.write(ScriptFixtures.spec());
            assertThat(writer.write(ScriptFixtures.spec())).isEqualTo(first);
            assertThat(first).doesNotContain("s3cret").doesNotContain("demo-password");
        }
    }

    @Test
    void gatling_simulation_compiles_against_the_gatling_java_dsl() throws IOException {
        Path source = dir.resolve("LoadTestSimulation.java");
        Files.writeString(source, write("gatling"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean ok = compiler.getTask(null, files, diagnostics, List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", dir.toString()), null, files.getJavaFileObjects(source)).call();
            assertThat(diagnostics.getDiagnostics()).filteredOn(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).isEmpty();
            assertThat(ok).isTrue();
        }
    }

    @Test
    void gatling_injection_rates_are_users_per_second_of_each_flow() {
        String source = write("gatling");
        // 10 rps over (0.6 x 1.5 + 0.4 x 4) = 2.5 requests per user = 4 users/s; browsing 60% = 2.4, members 40% = 1.6
        assertThat(source).contains("constantUsersPerSec(2.400000).during(Duration.ofMillis(20000))");
        assertThat(source).contains("constantUsersPerSec(1.600000).during(Duration.ofMillis(20000))");
        assertThat(source).contains("rampUsersPerSec(0.000000).to(2.400000).during(Duration.ofMillis(5000))");
        assertThat(source).contains("\"/api/products/#{productId}\"").contains("jsonPath(\"$..id\").findRandom()");
    }

    @Test
    void k6_stages_are_users_per_minute_with_instant_jumps_between_levels() {
        String script = write("k6");
        assertThat(script).contains("executor: 'ramping-arrival-rate'").contains("timeUnit: '1m'");
        assertThat(script).contains("{ target: 144, duration: '5000ms' }").contains("{ target: 144, duration: '20000ms' }")
                .contains("{ target: 576, duration: '0s' }").contains("{ target: 576, duration: '5000ms' }");
        assertThat(script).contains("__ENV.BENCHPILOT_PASSWORD");
    }

    @Test
    void k6_script_is_valid_javascript() throws Exception {
        assumeTrue(node() != null, "node is not on PATH: skipping the k6 syntax check");
        Path script = dir.resolve("load-test.mjs");
        Files.writeString(script, write("k6"));
        assertThat(run(node(), "--check", script.toString())).isEqualTo("");
    }

    @Test
    void k6_jsonpath_subset_matches_benchpilots() throws Exception {
        assumeTrue(node() != null, "node is not on PATH: skipping the k6 runtime check");
        String runtime = write("k6").replaceAll("(?m)^import .*$", "");
        Path harness = dir.resolve("harness.mjs");
        Files.writeString(harness, "const __ENV = {};\n" + runtime + "\nconst doc = {token: 't1', items: [{id: 7, tags: [{id: 99}]}, {id: 8}]};\n"
                + "console.log(JSON.stringify([jsonPath(doc, '$.token'), jsonPath(doc, '$.items[1].id'), jsonPath(doc, '$..id'), jsonPath(doc, '$.nope')]));\n");
        assertThat(run(node(), harness.toString()).trim()).isEqualTo("[[\"t1\"],[8],[7,99,8],[]]");
    }

    private static String node() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dirName, "node");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
