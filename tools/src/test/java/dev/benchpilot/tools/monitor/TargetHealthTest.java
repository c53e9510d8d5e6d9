package dev.benchpilot.tools.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.engines.LoadStop;
import dev.benchpilot.tools.metrics.IntervalMetrics;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TargetHealthTest {

    @Test
    void a_watched_process_that_exits_stops_the_load_with_when() throws Exception {
        Process target = new ProcessBuilder("sleep", "30").start();
        try (ServerSocket listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            LoadStop stop = new LoadStop();
            try (TargetHealth health =
                    TargetHealth.watch(url(listening.getLocalPort()), target.pid(), stop, Duration.ofMinutes(1))) {
                Thread.sleep(700);
                assertThat(stop.requested()).isFalse();

                target.destroyForcibly().waitFor();
                await(stop);

                assertThat(stop.reason()).matches("the target's process \\(pid \\d+\\) exited at \\d+\\.\\d s");
                assertThat(health.lost()).isEqualTo(stop.reason());
            }
        } finally {
            target.destroyForcibly();
        }
    }

    @Test
    void a_killed_process_that_nobody_reaps_counts_as_exited() throws Exception {
        // the parent forks a child and never waits for it (a shell would reap it): the killed child stays a zombie, as
        // a
        // daemon killed under a container's init does
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/python3")),
                "skipped: no /usr/bin/python3 to make a parent that never reaps its child");
        Process shell = new ProcessBuilder(
                        "/usr/bin/python3",
                        "-c",
                        "import os, sys, time\n"
                                + "child = os.fork()\n"
                                + "if child == 0:\n    time.sleep(30)\n    os._exit(0)\n"
                                + "print(child, flush=True)\ntime.sleep(30)\n")
                .start();
        try {
            long sleepPid =
                    Long.parseLong(new java.io.BufferedReader(new java.io.InputStreamReader(shell.getInputStream()))
                            .readLine()
                            .trim());
            assertThat(TargetHealth.running(sleepPid)).isTrue();

            ProcessHandle.of(sleepPid).orElseThrow().destroyForcibly();
            Thread.sleep(300);

            assertThat(ProcessHandle.of(sleepPid).map(ProcessHandle::isAlive))
                    .as("a zombie, alive to ProcessHandle")
                    .contains(true);
            assertThat(TargetHealth.running(sleepPid)).isFalse();
        } finally {
            shell.destroyForcibly();
        }
    }

    @Test
    void a_port_that_refuses_connections_stops_the_load() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        LoadStop stop = new LoadStop();
        try (TargetHealth health = TargetHealth.watch(url(port), null, stop, Duration.ofMinutes(1))) {
            await(stop);

            assertThat(stop.reason())
                    .matches("connections to 127\\.0\\.0\\.1:" + port + " refused from \\d+\\.\\d s on");
        }
    }

    @Test
    void a_target_listening_on_one_of_the_addresses_of_its_name_is_not_taken_for_gone() throws Exception {
        try (ServerSocket ipv4Only = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            LoadStop stop = new LoadStop();
            try (TargetHealth health = TargetHealth.watch(
                    URI.create("http://localhost:" + ipv4Only.getLocalPort()), null, stop, Duration.ofMinutes(1))) {
                Thread.sleep(3_000); // six probes
                assertThat(stop.requested()).as(String.valueOf(stop.reason())).isFalse();
            }
        }
    }

    @Test
    void seconds_in_which_nothing_connected_stop_the_load_but_timeouts_and_errors_do_not() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            LoadStop stop = new LoadStop();
            try (TargetHealth health =
                    TargetHealth.watch(url(listening.getLocalPort()), null, stop, Duration.ofMinutes(1))) {
                // answered with 500s, then timed out: a struggling target, not a missing one
                health.onInterval(new IntervalMetrics(0, 50, 50, 50, 50, 3.0, 5.0, 6.0, 0));
                health.onInterval(new IntervalMetrics(1, 50, 50, 50, 50, null, null, null, 0));
                health.onInterval(new IntervalMetrics(2, 50, 50, 50, 50, null, null, null, 0));
                health.onInterval(new IntervalMetrics(3, 50, 50, 50, 50, null, null, null, 0));
                // two seconds of resets, an answered second, then two more: never three in a row
                health.onInterval(new IntervalMetrics(4, 50, 50, 50, 50, null, null, null, 50));
                health.onInterval(new IntervalMetrics(5, 50, 50, 50, 50, null, null, null, 50));
                health.onInterval(new IntervalMetrics(6, 50, 50, 50, 1, 2.0, 3.0, 3.0, 1));
                health.onInterval(new IntervalMetrics(7, 50, 50, 50, 50, null, null, null, 50));
                assertThat(stop.requested()).isFalse();

                health.onInterval(new IntervalMetrics(8, 50, 50, 50, 50, null, null, null, 50));
                health.onInterval(new IntervalMetrics(9, 50, 50, 50, 50, null, null, null, 50));

                assertThat(stop.reason())
                        .isEqualTo("no request got through to the target from second 7 on (every connection refused or "
                                + "reset)");
            }
        }
    }

    private static URI url(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static void await(LoadStop stop) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!stop.requested() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(stop.requested()).as("stop requested within 5 s").isTrue();
    }
}
