package dev.benchpilot.orchestrator.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The alert rules shipped in integrations/prometheus are valid and fire as their unit tests say, by promtool. */
class PrometheusRulesTest {

    static final Path RULES = Path.of("../integrations/prometheus");

    private static String promtool(String... args) throws Exception {
        Path promtool = PrometheusTools.require("promtool", "prometheus");
        String[] command = new String[args.length + 1];
        command[0] = promtool.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command)
                .directory(RULES.toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void the_rules_are_valid() throws Exception {
        assertThat(promtool("check", "rules", "benchpilot-rules.yml")).contains("SUCCESS: 6 rules found");
    }

    @Test
    void the_rules_fire_as_their_tests_say() throws Exception {
        assertThat(promtool("test", "rules", "benchpilot-rules.test.yml")).contains("SUCCESS");
    }
}
