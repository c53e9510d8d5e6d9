package dev.benchpilot.tools.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JfrRecordingTest {

    @TempDir
    Path dir;

    @Test
    void records_a_jvm_target_and_names_its_hot_method_and_contended_lock() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), BusyJvm.class.getName())).start();
        try {
            assertThat(new BufferedReader(new InputStreamReader(child.getInputStream())).readLine()).isEqualTo("ready");
            JfrRecording recording = JfrRecording.start(child.pid(), dir.resolve("target.jfr"));
            Thread.sleep(3000);

            JfrRecording.Summary summary = recording.stop();

            assertThat(dir.resolve("target.jfr")).exists();
            assertThat(summary.hottestMethods()).isNotEmpty();
            assertThat(summary.hottestMethods().get(0)).contains("BusyJvm");
            assertThat(summary.contention()).anySatisfy(c -> assertThat(c).startsWith("java.lang.Object"));
            assertThat(summary.evidence()).startsWith("JFR: ");
        } finally {
            child.getOutputStream().close();
            child.destroy();
        }
    }

    @Test
    void a_process_that_is_not_a_jvm_gives_a_reason_not_a_recording() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "10").start();
        try {
            assertThatThrownBy(() -> JfrRecording.start(sleep.pid(), dir.resolve("x.jfr"))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("JFR");
        } finally {
            sleep.destroy();
        }
    }
}
