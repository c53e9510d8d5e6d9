package dev.benchpilot.tools.engines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gatling's "latest version" check reads and writes java.util.prefs under the home directory. The product installs an
 * in-memory preferences factory before Gatling starts. Checked in a JVM of its own, started without the factory that
 * surefire's argLine gives every test JVM, with a home directory of its own: the only thing that can put preferences in
 * memory there is the product's sandbox.
 */
class GatlingSandboxTest {

    @TempDir
    Path home;

    /** What the child JVM runs: the engine's preparation, then where the preferences live. */
    public static void main(String[] args) {
        GatlingSandbox.prepare(Duration.ofSeconds(10));
        System.out.println("root " + Preferences.userRoot().getClass().getName());
        System.out.println("inMemory " + GatlingSandbox.preferencesInMemory());
    }

    @Test
    void the_version_check_keeps_its_preferences_in_memory_and_out_of_the_home_directory() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Duser.home=" + home,
                        "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        GatlingSandboxTest.class.getName())
                .redirectErrorStream(true)
                .start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("root " + InMemoryPreferencesFactory.class.getName(), "inMemory true");
        try (Stream<Path> written = Files.walk(home)) {
            List<Path> files = written.filter(Files::isRegularFile).toList();
            assertThat(files).as("nothing written under the home directory").isEmpty();
        }
    }
}
