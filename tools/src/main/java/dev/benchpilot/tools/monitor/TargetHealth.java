package dev.benchpilot.tools.monitor;

import dev.benchpilot.tools.engines.LoadStop;
import dev.benchpilot.tools.metrics.IntervalMetrics;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Whether the target is still there while the load runs, so that a dead target ends the load within seconds
 * instead of being reported as a completed run that "broke". Three signs, each enough on its own:
 * <ul>
 *   <li>the watched process ({@code --pid}) has exited (looked at four times a second);</li>
 *   <li>{@value #REFUSED_PROBES} connect probes in a row, half a second apart, were refused: nothing listens on the
 *   port;</li>
 *   <li>{@value #DEAD_SECONDS} seconds in a row in which every completed request failed to connect or was reset
 *       within a second (a slow target times out instead, which is a breaking signal, not a dead target).</li>
 * </ul>
 * On the first sign it asks the engine to stop through the {@link LoadStop}. Probing opens one TCP connection every
 * half second and sends nothing on it. Bounded: it stops by itself after {@code maxDuration}, and on {@link #close()}.
 */
public final class TargetHealth implements AutoCloseable {

    static final int REFUSED_PROBES = 4;
    static final int DEAD_SECONDS = 3;
    private static final Duration PROBE_EVERY = Duration.ofMillis(500);

    private final InetSocketAddress address;
    private final Long pid;
    private final LoadStop stop;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "benchpilot-target-health");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String exited;
    private volatile String refused;
    private volatile String unreachable;
    private int refusedInARow;
    private double firstRefusedSeconds;
    private int deadSecondsInARow;
    private long firstDeadSecond;

    private TargetHealth(InetSocketAddress address, Long pid, LoadStop stop) {
        this.address = address;
        this.pid = pid;
        this.stop = stop;
    }

    /** Starts watching {@code target} (and {@code pid} when not null); the time axis starts now. */
    public static TargetHealth watch(URI target, Long pid, LoadStop stop, Duration maxDuration) {
        int port = target.getPort() >= 0 ? target.getPort() : "https".equalsIgnoreCase(target.getScheme()) ? 443 : 80;
        String host = target.getHost() == null ? "127.0.0.1" : target.getHost().replaceAll("^\\[|]$", "");
        TargetHealth health = new TargetHealth(InetSocketAddress.createUnresolved(host, port), pid, stop);
        health.timer.scheduleWithFixedDelay(
                health::probe, PROBE_EVERY.toMillis(), PROBE_EVERY.toMillis() / 2, TimeUnit.MILLISECONDS);
        health.timer.schedule(health.timer::shutdown, maxDuration.toMillis(), TimeUnit.MILLISECONDS);
        return health;
    }

    /** One second of load, as the engine closed it. */
    public synchronized void onInterval(IntervalMetrics interval) {
        if (interval.nothingConnected() && interval.completedRps() >= DEAD_SECONDS) {
            if (deadSecondsInARow++ == 0) {
                firstDeadSecond = interval.second();
            }
            if (deadSecondsInARow >= DEAD_SECONDS && unreachable == null) {
                unreachable = "no request got through to the target from second " + firstDeadSecond
                        + " on (every connection refused " + "or reset)";
                stop.request(unreachable);
            }
        } else {
            deadSecondsInARow = 0;
        }
    }

    /** What showed the target was gone, with when; null while it looks alive. */
    public String lost() {
        StringBuilder reason = new StringBuilder();
        for (String sign : new String[] {exited, refused, unreachable}) {
            if (sign != null) {
                reason.append(reason.length() == 0 ? "" : "; ").append(sign);
            }
        }
        return reason.length() == 0 ? null : reason.toString();
    }

    private void probe() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (pid != null && exited == null && !running(pid)) {
            exited = String.format(Locale.ROOT, "the target's process (pid %d) exited at %.1f s", pid, seconds);
            stop.request(exited);
        }
        if (refused != null) {
            return;
        }
        try {
            connect();
            synchronized (this) {
                refusedInARow = 0;
            }
        } catch (ConnectException e) {
            synchronized (this) {
                if (refusedInARow++ == 0) {
                    firstRefusedSeconds = seconds;
                }
                if (refusedInARow >= REFUSED_PROBES) {
                    refused = String.format(
                            Locale.ROOT,
                            "connections to %s:%d refused from %.1f s on",
                            address.getHostString(),
                            address.getPort(),
                            firstRefusedSeconds);
                    stop.request(refused);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a slow accept (timeout) or a name that does not resolve: not a sign that the target is gone
        }
    }

    /**
     * Connects to the target's host and port; {@link ConnectException} only when every address the name resolves to
     * refused ("localhost" may be 127.0.0.1 and ::1, and the target may listen on one of them only, as the engines
     * find).
     */
    private void connect() throws IOException {
        ConnectException refused = null;
        for (InetAddress candidate : InetAddress.getAllByName(address.getHostString())) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(candidate, address.getPort()), (int) PROBE_EVERY.toMillis());
                return;
            } catch (ConnectException e) {
                refused = e;
            }
        }
        if (refused != null) {
            throw refused;
        }
    }

    /**
     * Whether the process still runs: a killed daemon whose parent does not reap it (a container's init, a shell that
     * went away) stays a zombie, which {@link ProcessHandle#isAlive()} counts as alive.
     */
    static boolean running(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", String.valueOf(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return true; // not Linux, or it went away while we looked: the next probe tells
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
