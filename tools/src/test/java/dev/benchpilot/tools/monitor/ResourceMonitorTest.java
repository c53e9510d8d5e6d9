package dev.benchpilot.tools.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResourceMonitorTest {

    private static void assumeLinux() {
        boolean linux = Files.isDirectory(Path.of("/proc/self"));
        if (!linux) {
            System.out.println("skipped: /proc is not available on this system");
        }
        assumeTrue(linux);
    }

    @Test
    void reads_this_process_and_counts_its_established_loopback_connections() throws Exception {
        assumeLinux();
        long pid = ProcessHandle.current().pid();
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
                Socket a = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket b = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket accepted1 = server.accept();
                Socket accepted2 = server.accept()) {
            ProcStats stats = ProcStats.read(pid);

            assertThat(stats.rssBytes()).isPositive();
            assertThat(stats.threads()).isPositive();
            assertThat(stats.openFds()).isPositive();
            assertThat(stats.tcpByState().getOrDefault("ESTABLISHED", 0)).isGreaterThanOrEqualTo(4);
            assertThat(stats.tcpByState().getOrDefault("LISTEN", 0)).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void a_process_that_does_not_exist_is_refused_with_its_pid() {
        assumeLinux();
        assertThatThrownBy(() -> ProcStats.read(999_999_999L)).hasMessageContaining("no process 999999999");
    }

    @Test
    void samples_cpu_from_proc_and_pool_figures_from_a_metrics_endpoint_every_second() throws Exception {
        assumeLinux();
        AtomicInteger scrapes = new AtomicInteger();
        HttpServer metrics = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        metrics.createContext("/metrics", exchange -> {
            int n = scrapes.incrementAndGet();
            byte[] body = ("hikaricp_connections_active 4\nhikaricp_connections_max 4\nhikaricp_connections_pending "
                            + n + "\njvm_gc_pause_seconds_sum " + (0.01 * n) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        metrics.start();
        URI url = URI.create("http://127.0.0.1:" + metrics.getAddress().getPort() + "/metrics");
        try (ResourceMonitor monitor =
                ResourceMonitor.start(new TargetWatch(ProcessHandle.current().pid(), url), Duration.ofSeconds(30))) {
            long end = System.nanoTime() + 3_200_000_000L;
            double sink = 0;
            while (System.nanoTime() < end) {
                sink += Math.sqrt(sink + 1);
            }
            assertThat(sink).isPositive();
            ResourceTimeline timeline = monitor.timeline();

            assertThat(timeline.samples()).hasSizeGreaterThanOrEqualTo(3);
            ResourceSample last = timeline.samples().get(timeline.samples().size() - 1);
            assertThat(last.cpuFraction()).isGreaterThan(0.0);
            assertThat(last.poolActive()).isEqualTo(4.0);
            assertThat(last.poolPending()).isGreaterThanOrEqualTo(2.0);
            assertThat(last.gcPauseSeconds()).isCloseTo(0.01, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(timeline.sources()).hasSize(2);
            assertThat(timeline.warnings()).isEmpty();
        } finally {
            metrics.stop(0);
        }
    }

    @Test
    void a_failing_metrics_endpoint_is_a_warning_not_an_error() throws Exception {
        HttpServer metrics = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        metrics.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        metrics.start();
        URI url = URI.create("http://127.0.0.1:" + metrics.getAddress().getPort() + "/metrics");
        try (ResourceMonitor monitor = ResourceMonitor.start(new TargetWatch(null, url), Duration.ofSeconds(10))) {
            Thread.sleep(1500);
            assertThat(monitor.timeline().warnings()).singleElement().asString().contains("answered 404");
        } finally {
            metrics.stop(0);
        }
    }
}
