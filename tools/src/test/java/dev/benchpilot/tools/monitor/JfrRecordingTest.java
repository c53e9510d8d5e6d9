package dev.benchpilot.tools.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JfrRecordingTest {

    private static final String ENV_SECRET = "env-secret-7f3a9c";
    private static final String PROPERTY_SECRET = "property-secret-2b8e41";

    @TempDir
    Path dir;

    @Test
    void records_a_jvm_target_and_names_its_hot_method_and_contended_lock() throws Exception {
        Process child =
                busyJvm(List.of("-Dshop.db.password=" + PROPERTY_SECRET), Map.of("SHOP_DB_PASSWORD", ENV_SECRET));
        try {
            JfrRecording recording = JfrRecording.start(
                    child.pid(), dir.resolve("target.jfr"), "benchpilot-test", Duration.ofMinutes(1));
            Thread.sleep(3000);

            JfrRecording.Summary summary = recording.stop();

            assertThat(dir.resolve("target.jfr")).exists();
            assertThat(summary.hottestMethods()).isNotEmpty();
            assertThat(summary.hottestMethods().get(0)).contains("BusyJvm");
            assertThat(summary.contention()).anySatisfy(c -> assertThat(c).startsWith("java.lang.Object"));
            assertThat(summary.evidence()).startsWith("JFR: ");
        } finally {
            stop(child);
        }
    }

    @Test
    void the_recording_holds_neither_the_targets_environment_nor_its_properties_and_is_owner_only() throws Exception {
        Process child =
                busyJvm(List.of("-Dshop.db.password=" + PROPERTY_SECRET), Map.of("SHOP_DB_PASSWORD", ENV_SECRET));
        Path file = dir.resolve("target.jfr");
        try {
            JfrRecording recording = JfrRecording.start(child.pid(), file, "benchpilot-secrets", Duration.ofMinutes(1));
            Thread.sleep(1500);
            recording.stop();
        } finally {
            stop(child);
        }

        byte[] bytes = Files.readAllBytes(file);
        for (String secret : List.of(ENV_SECRET, PROPERTY_SECRET)) {
            assertThat(holds(bytes, secret)).as(secret + " in the recording").isFalse();
        }
        Set<String> types = RecordingFile.readAllEvents(file).stream()
                .map(e -> e.getEventType().getName())
                .collect(Collectors.toSet());
        assertThat(types).doesNotContainAnyElementsOf(JfrRecording.LEFT_OUT).contains("jdk.ExecutionSample");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(dir.resolve("target.jfr.jfc"))
                .as("the settings file is removed with the stop")
                .doesNotExist();
    }

    @Test
    void a_recording_that_is_never_stopped_ends_by_itself_and_is_written_to_its_file() throws Exception {
        Process child = busyJvm(List.of(), Map.of());
        Path file = dir.resolve("orphan.jfr");
        try {
            JfrRecording.start(child.pid(), file, "benchpilot-orphan", Duration.ofSeconds(2));
            assertThat(Jcmd.run(child.pid(), "JFR.check")).contains("benchpilot-orphan");

            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (Jcmd.run(child.pid(), "JFR.check").contains("benchpilot-orphan") && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }

            assertThat(Jcmd.run(child.pid(), "JFR.check")).doesNotContain("benchpilot-orphan");
            assertThat(file).exists();
            List<RecordedEvent> events = RecordingFile.readAllEvents(file);
            assertThat(events).isNotEmpty();
        } finally {
            stop(child);
        }
    }

    @Test
    void a_process_that_is_not_a_jvm_is_never_attached_to_and_survives() throws Exception {
        // sleep, like nginx, ends on SIGQUIT: the signal the attach mechanism sends
        Process sleep = new ProcessBuilder("sleep", "30").start();
        try {
            assertThatThrownBy(() -> JfrRecording.start(
                            sleep.pid(), dir.resolve("x.jfr"), "benchpilot-x", Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not a JVM")
                    .hasMessageContaining("SIGQUIT");
            assertThatThrownBy(() -> LiveHeap.measure(sleep.pid()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not a JVM");
            Thread.sleep(500);
            assertThat(sleep.isAlive()).as("the process survived").isTrue();
        } finally {
            sleep.destroy();
        }
    }

    @Test
    void a_jvm_that_would_die_of_sigquit_is_not_attached_to() throws Exception {
        Process child = busyJvm(List.of("-Xrs"), Map.of());
        try {
            assertThat(HotSpotProcess.whyNotAttachable(child.pid())).contains("-Xrs");
            assertThatThrownBy(() -> JfrRecording.start(
                            child.pid(), dir.resolve("x.jfr"), "benchpilot-x", Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("-Xrs");
            Thread.sleep(500);
            assertThat(child.isAlive()).isTrue();
        } finally {
            stop(child);
        }
    }

    @Test
    void a_plain_jvm_is_attachable() throws Exception {
        Process child = busyJvm(List.of(), Map.of());
        try {
            assertThat(HotSpotProcess.whyNotAttachable(child.pid())).isNull();
        } finally {
            stop(child);
        }
    }

    private static Process busyJvm(List<String> jvmOptions, Map<String, String> environment) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BusyJvm.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process child = builder.start();
        assertThat(new BufferedReader(new InputStreamReader(child.getInputStream())).readLine())
                .isEqualTo("ready");
        return child;
    }

    private static void stop(Process child) throws Exception {
        child.getOutputStream().close();
        child.destroy();
        child.waitFor();
    }

    /** Whether {@code secret} appears in {@code bytes} as 8-bit or UTF-16 text (JFR writes both). */
    static boolean holds(byte[] bytes, String secret) {
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        return raw.contains(secret)
                || raw.contains(new String(secret.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
    }
}
