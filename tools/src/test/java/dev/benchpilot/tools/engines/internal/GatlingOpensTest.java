package dev.benchpilot.tools.engines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.engines.EngineException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A JVM started without {@code --add-opens java.base/java.lang} is told so before Gatling starts, instead of a crashed
 * run that never ends.
 */
class GatlingOpensTest {

    /** Runs the check in the child JVM: exit 0 when java.lang is open, else 3 with the message on stdout. */
    public static void main(String[] args) {
        try {
            GatlingEngine.checkJavaLangOpen();
            System.exit(0);
        } catch (EngineException e) {
            System.out.print(e.getMessage());
            System.exit(3);
        }
    }

    private static Process child(String... jvmFlags) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(java.util.List.of(jvmFlags));
        command.addAll(
                java.util.List.of("-cp", System.getProperty("java.class.path"), GatlingOpensTest.class.getName()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void without_the_open_the_engine_refuses_with_what_to_do_and_with_it_goes_ahead() throws Exception {
        Process closed = child();
        String said = new String(closed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(closed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(closed.exitValue()).as(said).isEqualTo(3);
        assertThat(said).contains("--add-opens java.base/java.lang=ALL-UNNAMED");

        Process open = child("--add-opens", "java.base/java.lang=ALL-UNNAMED");
        String saidOpen = new String(open.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(open.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(open.exitValue()).as(saidOpen).isZero();
    }
}
