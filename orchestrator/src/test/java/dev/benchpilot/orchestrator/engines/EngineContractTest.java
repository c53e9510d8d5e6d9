package dev.benchpilot.orchestrator.engines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.agents.scenario.DeterministicScenarioAgent;
import dev.benchpilot.agents.scenario.ScenarioRequest;
import dev.benchpilot.examples.shop.ShopApi;
import dev.benchpilot.examples.shop.ShopConfig;
import dev.benchpilot.orchestrator.workflow.BaselineAgainstShopTest;
import dev.benchpilot.tools.endpoints.EndpointDetection;
import dev.benchpilot.tools.engines.EngineRun;
import dev.benchpilot.tools.engines.LoadEngine;
import dev.benchpilot.tools.engines.LoadEngines;
import dev.benchpilot.tools.engines.LoadListener;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.metrics.IntervalMetrics;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.metrics.SendGaps;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One plan, every engine this machine has: the shop's detected flows at a constant 40 requests/s for 30 s, each
 * engine against a fresh shop on loopback. Every engine's requests go through benchpilot's recorder, so the figures
 * must agree: achieved rates within 10% of each other (unless the run itself reports that its generator stalled and
 * caught up: a real event on a busy machine, which moves requests into the window), no failures, and percentiles of the
 * same order. Engines that
 * are not installed are skipped with the reason printed ({@code .ci/run} installs Artillery and Locust; k6 cannot be
 * installed here).
 */
class EngineContractTest {

    // 800 requests a run: the flows' random mix (2 to 6 requests a journey) leaves about 2.5% noise on the count of
    // each run, so 10% between two engines is a real difference, not chance (15 s at 30 rps left 4%, and flaked).
    // Not a load-timing test: 40 rps is a light load, and the rate and p50 bands hold beside another test JVM.
    static final double RPS = 40;
    static final Duration LOAD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    static ScenarioSet shopScenarios() {
        var endpoints = EndpointDetection.detect(BaselineAgainstShopTest.SHOP_SOURCES, null)
                .endpoints();
        return new DeterministicScenarioAgent()
                .design(new ScenarioRequest(endpoints, LoadPattern.BASELINE, RPS, true))
                .scenarios();
    }

    static EngineRun run(LoadEngine engine, Path workDir) throws Exception {
        return run(engine, workDir, LOAD);
    }

    static EngineRun run(LoadEngine engine, Path workDir, Duration load) throws Exception {
        return run(engine, workDir, load, LoadListener.NONE);
    }

    static EngineRun run(LoadEngine engine, Path workDir, Duration load, LoadListener listener) throws Exception {
        try (ShopApi shop = ShopApi.start(ShopConfig.defaults())) {
            LoadTest test = new LoadTest(
                    shop.baseUrl(),
                    shopScenarios(),
                    new LoadProfile(LoadPattern.BASELINE, RPS, List.of(Stage.constant("steady", load, RPS))),
                    Credentials.parse("shopper{1..500}:" + ShopConfig.DEMO_PASSWORD),
                    Files.createDirectories(workDir),
                    Duration.ofSeconds(10));
            return engine.run(test, listener);
        }
    }

    /** The embedded engine's figures for the plan, which every engine's are compared with (run once). */
    private static EngineRun gatling;

    @TempDir
    static Path shared;

    static List<String> engines() {
        return List.copyOf(LoadEngines.names());
    }

    private static synchronized EngineRun gatling() throws Exception {
        if (gatling == null) {
            gatling = run(LoadEngines.byName("gatling").orElseThrow(), shared.resolve("gatling-reference"));
            print(gatling);
        }
        return gatling;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void every_available_engine_gives_the_same_figures_for_the_same_plan(String name) throws Exception {
        LoadEngine engine = LoadEngines.byName(name).orElseThrow();
        if (engine.unavailableReason() != null) {
            System.out.println("skipped engine " + name + ": " + engine.unavailableReason());
        }
        Assumptions.assumeTrue(engine.unavailableReason() == null, () -> name + ": " + engine.unavailableReason());
        LoadMetrics reference = gatling().metrics();
        EngineRun run = name.equals("gatling") ? gatling() : run(engine, dir.resolve(name));
        if (run != gatling) {
            print(run);
        }
        LoadMetrics metrics = run.metrics();
        assertThat(run.engine()).isEqualTo(name);
        assertThat(metrics.failed()).as("%s failures", name).isZero();
        assertThat(metrics.groups())
                .as("%s says which flow sent each request: every request is in a group", name)
                .extracting(g -> g.name())
                .contains("read-heavy", "write-heavy");
        assertThat(metrics.groups().stream().mapToLong(g -> g.requests()).sum())
                .as(name)
                .isEqualTo(metrics.requests());
        assertThat(run.warnings())
                .as("%s: its own count agrees with the lines read, every line readable", name)
                .noneMatch(w -> w.contains("own summary") || w.contains("could not be read"));
        if (run.warnings().stream().anyMatch(w -> w.contains("sent no request"))) {
            System.out.println("rate of " + name + " not compared: its generator stalled (the run says so above)");
        } else {
            assertThat(metrics.achievedRps())
                    .as(
                            "%s achieved rps vs gatling's %.1f; sent per second: %s, gatling's: %s",
                            name, reference.achievedRps(), sentPerSecond(metrics), sentPerSecond(reference))
                    .isCloseTo(reference.achievedRps(), org.assertj.core.data.Percentage.withPercentage(10));
        }
        double gatlingP50 = reference.measuredLatencyMs().p50();
        assertThat(metrics.measuredLatencyMs().p50())
                .as("%s p50", name)
                .isLessThanOrEqualTo(metrics.measuredLatencyMs().p95());
        // same order of magnitude: every engine times the same shop on the same machine; client overheads differ by ms
        assertThat(metrics.measuredLatencyMs().p50())
                .as("%s p50 vs gatling's %.1f ms", name, gatlingP50)
                .isBetween(gatlingP50 / 4, gatlingP50 * 4 + 5);
    }

    private static void print(EngineRun run) {
        LoadMetrics metrics = run.metrics();
        System.out.printf(
                "engine %-9s achieved %.1f rps in seconds %.1f-%.1f, %d requests, %d failed, p50 %.1f ms, p95 %.1f ms, "
                        + "p99 %.1f ms; sent per second %s; warnings %s%n",
                run.engine(),
                metrics.achievedRps(),
                metrics.stages().get(0).windowStartSeconds(),
                metrics.stages().get(0).windowEndSeconds(),
                metrics.requests(),
                metrics.failed(),
                metrics.measuredLatencyMs().p50(),
                metrics.measuredLatencyMs().p95(),
                metrics.measuredLatencyMs().p99(),
                sentPerSecond(metrics),
                run.warnings());
    }

    static List<Long> sentPerSecond(LoadMetrics metrics) {
        return metrics.intervals().stream().map(IntervalMetrics::achievedRps).toList();
    }

    @Test
    void locust_with_two_workers_merges_both_workers_requests_into_one_set_of_figures() throws Exception {
        LoadEngine locust =
                LoadEngines.byName("locust", new LoadEngines.Options(2, null)).orElseThrow();
        if (locust.unavailableReason() != null) {
            System.out.println("skipped: " + locust.unavailableReason());
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(locust.unavailableReason() == null, "locust not installed");
        EngineRun run = run(locust, dir.resolve("locust-workers"));
        List<Path> files;
        try (var list = Files.list(dir.resolve("locust-workers/locust/results"))) {
            files = list.filter(f -> f.getFileName().toString().startsWith("requests-"))
                    .toList();
        }
        long lines = 0;
        for (Path file : files) {
            // request lines only: there are also scenario errors and each process's event loop lag, once a second
            long count = Files.readAllLines(file).stream()
                    .filter(line -> line.contains("\"status\""))
                    .count();
            assertThat(count).as("requests in %s", file.getFileName()).isPositive();
            lines += count;
        }
        assertThat(files)
                .as("the workers' results come through the master: one file")
                .hasSize(1);
        assertThat(run.metrics().requests()).isEqualTo(lines);
        assertThat(run.metrics().failed()).isZero();
        assertThat(run.warnings()).noneMatch(w -> w.contains("own summary"));
        assertThat(run.metrics().achievedRps()).isCloseTo(RPS, org.assertj.core.data.Percentage.withPercentage(15));
    }

    /**
     * Locust workers on "other hosts": the master listens on 127.0.0.2 only, and two workers run from directories
     * of their
     * own (a copy of the locustfile, no BENCHPILOT_RESULTS, nothing shared on disk) as on machines of their own. Every
     * request they send must reach benchpilot through the master, into one set of figures.
     */
    @Test
    void locust_workers_elsewhere_send_their_results_through_the_master() throws Exception {
        int port;
        try (java.net.ServerSocket socket =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.2"))) {
            port = socket.getLocalPort();
        }
        LoadEngine locust = LoadEngines.byName("locust", new LoadEngines.Options(0, null, null, 2, "127.0.0.2:" + port))
                .orElseThrow();
        if (locust.unavailableReason() != null) {
            System.out.println("skipped: " + locust.unavailableReason());
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(locust.unavailableReason() == null, "locust not installed");
        Path work = dir.resolve("remote");
        Path locustfile = work.resolve("locust/locustfile.py");
        List<Process> workers = new java.util.ArrayList<>();
        java.util.concurrent.CompletableFuture<Void> started = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (!Files.exists(locustfile) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(300); // the file is written in one go; let it land
                for (int i = 0; i < 2; i++) {
                    Path host = Files.createDirectories(dir.resolve("host-" + (i + 2)));
                    Files.copy(locustfile, host.resolve("locustfile.py"));
                    ProcessBuilder builder = new ProcessBuilder(
                                    dev.benchpilot.tools.engines.internal.LocustEngine.workerCommand(
                                            "locust", "locustfile.py", "127.0.0.2", port))
                            .directory(host.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(host.resolve("worker.log").toFile());
                    builder.environment().remove("BENCHPILOT_RESULTS");
                    // the test users, as the operator sets them on each worker host (they are never in the locustfile)
                    builder.environment().put("BENCHPILOT_CREDENTIALS", "shopper{1..500}:" + ShopConfig.DEMO_PASSWORD);
                    workers.add(builder.start());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            List<String> live = new java.util.concurrent.CopyOnWriteArrayList<>();
            EngineRun run = run(locust, work, Duration.ofSeconds(15), new LoadListener() {
                @Override
                public void onWarning(String message) {
                    live.add(message);
                }
            });
            started.get(5, java.util.concurrent.TimeUnit.SECONDS);
            long lines;
            try (var list = Files.list(work.resolve("locust/results"))) {
                List<Path> files = list.filter(f -> f.getFileName().toString().startsWith("requests-"))
                        .toList();
                assertThat(files).as("only the master writes results").hasSize(1);
                lines = Files.readAllLines(files.get(0)).stream()
                        .filter(line -> line.contains("\"status\""))
                        .count();
            }
            try (var hosts = Files.list(dir)) {
                assertThat(hosts.filter(d -> d.getFileName().toString().startsWith("host-"))
                                .flatMap(d -> {
                                    try {
                                        return Files.list(d);
                                    } catch (java.io.IOException e) {
                                        throw new java.io.UncheckedIOException(e);
                                    }
                                })
                                .map(f -> f.getFileName().toString()))
                        .as("the workers wrote no result files")
                        .noneMatch(f -> f.endsWith(".ndjson"));
            }
            System.out.println("remote workers: " + run.metrics().requests() + " requests, achieved "
                    + run.metrics().achievedRps() + " rps; warnings " + run.warnings());
            assertThat(run.metrics().requests()).isEqualTo(lines).isPositive();
            assertThat(run.metrics().failed()).isZero();
            assertThat(live)
                    .as("the worker command is shown while the master waits")
                    .anyMatch(w -> w.startsWith("waiting up to 60 s for 2 Locust workers on other hosts")
                            && w.contains("--master-host 127.0.0.2"));
            assertThat(run.warnings()).noneMatch(w -> w.contains("own summary"));
            assertThat(run.metrics().achievedRps()).isCloseTo(RPS, org.assertj.core.data.Percentage.withPercentage(15));
        } finally {
            workers.forEach(Process::destroyForcibly);
        }
    }

    /**
     * A generator that stops sending is named in the run's warnings: Artillery's process is stopped (SIGSTOP) for 3 s
     * in the middle of a 16 s steady stage; the run must say which seconds sent nothing, and show the catch-up burst
     * after them (Artillery schedules arrivals against a fixed clock and sends the ones it missed at once).
     */
    @Test
    void a_generator_stopped_for_three_seconds_is_reported_with_the_seconds_it_sent_nothing() throws Exception {
        LoadEngine artillery = LoadEngines.byName("artillery").orElseThrow();
        if (artillery.unavailableReason() != null) {
            System.out.println("skipped: " + artillery.unavailableReason());
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(artillery.unavailableReason() == null, "artillery not installed");
        Path work = dir.resolve("stalled");
        java.util.concurrent.CompletableFuture<String> stall = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                stopOnce("artillery", work.resolve("artillery/results"), Duration.ofSeconds(6), Duration.ofSeconds(3)));
        EngineRun run = run(artillery, work, Duration.ofSeconds(16));
        System.out.println("stall: " + stall.get(10, java.util.concurrent.TimeUnit.SECONDS) + "; sent per second "
                + sentPerSecond(run.metrics()) + "; warnings " + run.warnings());
        List<SendGaps.Gap> gaps = SendGaps.of(run.metrics().intervals());
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).seconds()).as("whole seconds inside a 3 s stop").isBetween(2L, 3L);
        assertThat(gaps.get(0).burstRequests())
                .as("the missed users sent at once after the stop")
                .isGreaterThan((long) RPS);
        assertThat(run.warnings())
                .anySatisfy(w -> assertThat(w)
                        .startsWith(
                                "artillery sent no request for " + gaps.get(0).seconds() + " whole seconds (seconds "
                                        + gaps.get(0).from() + "-" + gaps.get(0).to()));
    }

    /**
     * Stops this JVM's child processes whose command line names {@code tool} for {@code pause}, {@code after} the first
     * result line appeared under {@code results}; always resumes them. Bounded: gives up after 60 s.
     */
    static String stopOnce(String tool, Path results, Duration after, Duration pause) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try {
            while (!hasResults(results)) {
                if (System.nanoTime() > deadline) {
                    return "no results appeared";
                }
                Thread.sleep(50);
            }
            Thread.sleep(after.toMillis());
            List<Long> pids = ProcessHandle.current()
                    .descendants()
                    .filter(p -> p.info().commandLine().orElse("").contains(tool))
                    .map(ProcessHandle::pid)
                    .toList();
            signal("-STOP", pids);
            try {
                Thread.sleep(pause.toMillis());
            } finally {
                signal("-CONT", pids);
            }
            return "stopped " + pids + " for " + pause.toMillis() + " ms";
        } catch (Exception e) {
            return "could not stop " + tool + ": " + e;
        }
    }

    static boolean hasResults(Path results) throws java.io.IOException {
        if (!Files.isDirectory(results)) {
            return false;
        }
        try (var files = Files.list(results)) {
            return files.anyMatch(f -> f.toFile().length() > 0);
        }
    }

    static void signal(String signal, List<Long> pids) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(String.valueOf(pid)));
        if (!pids.isEmpty() && new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
