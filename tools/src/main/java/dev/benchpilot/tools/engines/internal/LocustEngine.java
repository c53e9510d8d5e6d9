package dev.benchpilot.tools.engines.internal;

import dev.benchpilot.tools.engines.EngineException;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.scripts.ScriptWriter;
import dev.benchpilot.tools.scripts.ScriptWriters;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Locust 2.x, headless, on the generated {@code locustfile.py}: its {@code LoadTestShape} drives the stages, and
 * its request event listener writes one line per request that benchpilot follows. With workers, a master and
 * {@code workers} worker processes on this machine, and/or {@code remoteWorkers} started on other hosts with
 * {@link #workerCommand} that connect to the master at {@code masterBind}. Workers hand their result lines to the
 * master
 * with their stats reports (Locust's own channel), so results come through the master wherever the workers run.
 *
 * <p>Locust exits with 1 when any request failed; that is a finished test, not an engine failure.
 */
public final class LocustEngine extends ProcessEngine {

    /**
     * {@code --csv} prefix: Locust writes {@code locust_stats.csv} (its own counts, a cross-check) beside the script.
     */
    private static final String CSV_PREFIX = "locust";

    /** How long the master waits for every worker to connect before it gives up. */
    static final int WORKERS_MAX_WAIT_SECONDS = 60;

    private final int workers;
    private final int remoteWorkers;
    private final String masterBind;

    /** @param workers worker processes (0: one local process, no master) */
    public LocustEngine(int workers) {
        this(workers, 0, null);
    }

    /**
     * @param workers       worker processes on this machine
     * @param remoteWorkers workers started on other hosts that the master waits for
     * @param masterBind    {@code HOST:PORT} the master listens on when remote workers are expected
     */
    public LocustEngine(int workers, int remoteWorkers, String masterBind) {
        if (workers < 0 || workers > 64) {
            throw new IllegalArgumentException("--workers must be between 0 and 64, was " + workers);
        }
        if (remoteWorkers < 0 || remoteWorkers > 1024) {
            throw new IllegalArgumentException("--remote-workers must be between 0 and 1024, was " + remoteWorkers);
        }
        this.workers = workers;
        this.remoteWorkers = remoteWorkers;
        this.masterBind = masterBind == null ? "0.0.0.0:5557" : masterBind;
        if (remoteWorkers > 0) {
            bindPort(this.masterBind);
        }
    }

    /** The port of {@code HOST:PORT}; a clear error for anything else. */
    static int bindPort(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        try {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            if (colon <= 0 || port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "--master-bind must be HOST:PORT with a port 1-65535, was '" + hostPort + "'");
        }
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
        if (workers == 0 && remoteWorkers == 0) {
            return name();
        }
        List<String> parts = new ArrayList<>();
        if (workers > 0) {
            parts.add(workers + " workers on this machine");
        }
        if (remoteWorkers > 0) {
            parts.add(remoteWorkers + " workers on other hosts, connecting to " + masterBind
                    + " (setup.md has their command)");
        }
        return name() + ": a master and " + String.join(" and ", parts);
    }

    @Override
    Duration startAllowance() {
        return remoteWorkers > 0 ? START_ALLOWANCE.plusSeconds(WORKERS_MAX_WAIT_SECONDS) : START_ALLOWANCE;
    }

    @Override
    String waitingFor(Path script) {
        if (remoteWorkers == 0) {
            return null;
        }
        String host = masterBind.substring(0, masterBind.lastIndexOf(':'));
        return "waiting up to " + WORKERS_MAX_WAIT_SECONDS + " s for " + remoteWorkers
                + " Locust workers on other hosts: on each, copy "
                + script + " and run: "
                + String.join(
                        " ",
                        workerCommand(
                                "locust",
                                script.getFileName().toString(),
                                host.equals("0.0.0.0") ? "<this host>" : host,
                                bindPort(masterBind)))
                + " (with BENCHPILOT_CREDENTIALS or BENCHPILOT_AUTH_HEADER set there too when the flows sign in)";
    }

    @Override
    public String unavailableReason() {
        return Executables.onPath("locust").isPresent()
                ? null
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
        String locust = Executables.onPath("locust")
                .orElseThrow(() -> new EngineException(unavailableReason()))
                .toString();
        String file = script.getFileName().toString();
        List<String> single = new ArrayList<>(List.of(
                locust,
                "-f",
                file,
                "--headless",
                "--host",
                test.baseUrlText(),
                "--only-summary",
                "--loglevel",
                "WARNING",
                "--csv",
                CSV_PREFIX));
        if (workers == 0 && remoteWorkers == 0) {
            return List.of(single);
        }
        String bindHost = remoteWorkers > 0 ? masterBind.substring(0, masterBind.lastIndexOf(':')) : "127.0.0.1";
        int port = remoteWorkers > 0 ? bindPort(masterBind) : freePort();
        List<List<String>> commands = new ArrayList<>();
        List<String> master = new ArrayList<>(single);
        master.addAll(List.of(
                "--master",
                "--master-bind-host",
                bindHost,
                "--master-bind-port",
                String.valueOf(port),
                "--expect-workers",
                String.valueOf(workers + remoteWorkers),
                "--expect-workers-max-wait",
                String.valueOf(WORKERS_MAX_WAIT_SECONDS)));
        commands.add(master);
        for (int i = 0; i < workers; i++) {
            commands.add(workerCommand(locust, file, "127.0.0.1", port));
        }
        return commands;
    }

    /** The command a worker runs, here or on another host that has the locustfile and can reach the master. */
    public static List<String> workerCommand(String locust, String locustfile, String masterHost, int masterPort) {
        return List.of(
                locust,
                "-f",
                locustfile,
                "--worker",
                "--master-host",
                masterHost,
                "--master-port",
                String.valueOf(masterPort),
                "--loglevel",
                "WARNING");
    }

    private static int freePort() throws EngineException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EngineException("no free loopback port for the Locust master: " + e.getMessage(), e);
        }
    }
}
