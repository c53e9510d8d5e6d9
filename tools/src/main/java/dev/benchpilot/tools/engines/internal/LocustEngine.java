package dev.benchpilot.tools.engines.internal;

import dev.benchpilot.tools.engines.EngineException;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.scripts.ScriptWriter;
import dev.benchpilot.tools.scripts.ScriptWriters;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Locust 2.x, headless, on the generated {@code locustfile.py}: its {@code LoadTestShape} drives the stages, and
 * its request event listener writes one line per request (one file per process) that benchpilot follows. With
 * workers, a master on loopback and {@code workers} worker processes on this machine; the commands for workers on
 * other hosts are in {@link #workerCommand}.
 *
 * <p>Locust exits with 1 when any request failed; that is a finished test, not an engine failure.
 */
public final class LocustEngine extends ProcessEngine {

    /** {@code --csv} prefix: Locust writes {@code locust_stats.csv} (its own counts, a cross-check) beside the script. */
    private static final String CSV_PREFIX = "locust";

    private final int workers;

    /** @param workers worker processes (0: one local process, no master) */
    public LocustEngine(int workers) {
        if (workers < 0 || workers > 64) {
            throw new IllegalArgumentException("--workers must be between 0 and 64, was " + workers);
        }
        this.workers = workers;
    }

    @Override
    public String connections() {
        return "per-user: each Locust user's session keeps its own keep-alive connections";
    }

    @Override
    public String name() {
        return "locust";
    }

    public int workers() {
        return workers;
    }

    @Override
    public String describe() {
        return workers == 0 ? name() : name() + ": a master and " + workers + " workers on this machine (setup.md has the commands "
                + "for workers on other hosts)";
    }

    @Override
    public String unavailableReason() {
        return Executables.onPath("locust").isPresent() ? null
                : "locust is not on PATH: install it with `apt install python3-locust` or `pip install locust`, "
                        + "or use --tool gatling (embedded, nothing to install)";
    }

    @Override
    ScriptWriter writer() {
        return ScriptWriters.byTool("locust").orElseThrow();
    }

    @Override
    boolean finishedNormally(int exitCode) {
        return exitCode == 0 || exitCode == 1;
    }

    /** The "Request Count" of the "Aggregated" row of {@code locust_stats.csv}. */
    @Override
    Long reportedRequests(Path dir) {
        return ReportedCounts.csvCount(dir.resolve(CSV_PREFIX + "_stats.csv"), "Name", "Aggregated", "Request Count");
    }

    @Override
    List<List<String>> commands(Path script, LoadTest test, Path results) throws EngineException {
        String locust = Executables.onPath("locust").orElseThrow(() -> new EngineException(unavailableReason())).toString();
        String file = script.getFileName().toString();
        List<String> single = new ArrayList<>(List.of(locust, "-f", file, "--headless", "--host", test.baseUrlText(),
                "--only-summary", "--loglevel", "WARNING", "--csv", CSV_PREFIX));
        if (workers == 0) {
            return List.of(single);
        }
        int port = freePort();
        List<List<String>> commands = new ArrayList<>();
        List<String> master = new ArrayList<>(single);
        master.addAll(List.of("--master", "--master-bind-host", "127.0.0.1", "--master-bind-port", String.valueOf(port),
                "--expect-workers", String.valueOf(workers)));
        commands.add(master);
        for (int i = 0; i < workers; i++) {
            commands.add(workerCommand(locust, file, "127.0.0.1", port));
        }
        return commands;
    }

    /** The command a worker runs, here or on another host that has the locustfile and can reach the master. */
    public static List<String> workerCommand(String locust, String locustfile, String masterHost, int masterPort) {
        return List.of(locust, "-f", locustfile, "--worker", "--master-host", masterHost, "--master-port", String.valueOf(masterPort),
                "--loglevel", "WARNING");
    }

    private static int freePort() throws EngineException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EngineException("no free loopback port for the Locust master: " + e.getMessage(), e);
        }
    }
}
