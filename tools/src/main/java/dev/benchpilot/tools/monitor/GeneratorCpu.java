package dev.benchpilot.tools.monitor;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * benchpilot's own CPU use while it sends load, sampled once a second, so that a limit of the load
 * generator is not reported as the target's. Values are fractions of all cores of this machine
 * (1.0 = every core busy); null when the JVM cannot tell. Start with {@link #start}, end with
 * {@link #close}; the sampler is a daemon thread and stops by itself after {@code maxSeconds}.
 */
public final class GeneratorCpu implements AutoCloseable {

    /**
     * @param seconds         seconds since the sampler started
     * @param processFraction this JVM's CPU use
     * @param machineFraction the whole machine's CPU use
     * @param busiestChild    the busiest process of an outside engine (k6, a Locust or Artillery process; see
     *                        {@link GeneratorProcesses}) as a fraction of one core; null when there is none or
     *                        /proc cannot tell
     * @param ephemeralPorts  TCP sockets of this machine on a local port of the ephemeral range, in any state
     *     (TIME_WAIT
     *                        included): the source ports a load generator's new connections take; null when unknown
     */
    public record Sample(
            double seconds,
            Double processFraction,
            Double machineFraction,
            Double busiestChild,
            Integer ephemeralPorts) {

        public Sample(double seconds, Double processFraction, Double machineFraction) {
            this(seconds, processFraction, machineFraction, null, null);
        }

        public Sample(double seconds, Double processFraction, Double machineFraction, Double busiestChild) {
            this(seconds, processFraction, machineFraction, busiestChild, null);
        }
    }

    /** The ephemeral port range, {@code [first, last]}, from /proc; null when it cannot be read. */
    public static final int[] EPHEMERAL_RANGE = ephemeralRange();

    private static int[] ephemeralRange() {
        // read as a stream: Files.readString on this procfs file returned its first byte only (JDK 17)
        try (java.io.BufferedReader line = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
            String[] parts = line.readLine().trim().split("\\s+");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** How many ports the ephemeral range holds, or null when unknown. */
    public static Integer ephemeralPortCount() {
        return EPHEMERAL_RANGE == null ? null : EPHEMERAL_RANGE[1] - EPHEMERAL_RANGE[0] + 1;
    }

    /** Sockets in /proc/net/tcp and tcp6 whose local port is in the ephemeral range; null when they cannot be read. */
    static Integer ephemeralSockets() {
        if (EPHEMERAL_RANGE == null) {
            return null;
        }
        int count = 0;
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            try (java.io.BufferedReader lines = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(table))) {
                lines.readLine(); // header
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    // "  12: 0100007F:9C4A 0100007F:1F99 06 ...": local address:port in hex, then remote, then state
                    int colon = line.indexOf(':', line.indexOf(':') + 1);
                    int port = Integer.parseInt(line.substring(colon + 1, colon + 5), 16);
                    if (port >= EPHEMERAL_RANGE[0] && port <= EPHEMERAL_RANGE[1]) {
                        count++;
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }
        return count;
    }

    /** Linux's clock ticks per second for /proc/PID/stat times (USER_HZ, 100 on every common architecture). */
    private static final double CLOCK_TICKS = 100.0;

    private final java.util.Map<Long, Long> childTicks = new java.util.HashMap<>();
    private long lastChildNanos = System.nanoTime();

    private final long startNanos = System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "benchpilot-generator-cpu");
        thread.setDaemon(true);
        return thread;
    });

    private GeneratorCpu() {}

    public static GeneratorCpu start(long maxSeconds) {
        GeneratorCpu cpu = new GeneratorCpu();
        cpu.timer.scheduleAtFixedRate(cpu::sample, 1, 1, TimeUnit.SECONDS);
        cpu.timer.schedule(cpu.timer::shutdown, maxSeconds, TimeUnit.SECONDS);
        return cpu;
    }

    private void sample() {
        Double process = null;
        Double machine = null;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            process = fraction(os.getProcessCpuLoad());
            machine = fraction(os.getCpuLoad());
        }
        Double child = busiestChild();
        Integer ports = ephemeralSockets();
        synchronized (samples) {
            samples.add(new Sample((System.nanoTime() - startNanos) / 1e9, process, machine, child, ports));
        }
    }

    /**
     * The busiest descendant process over the last sample, as a fraction of one core, from the user and system ticks in
     * /proc/PID/stat: an outside engine runs one event loop per process, so one saturated core is its limit.
     */
    private Double busiestChild() {
        long now = System.nanoTime();
        double seconds = (now - lastChildNanos) / 1e9;
        lastChildNanos = now;
        Double busiest = null;
        java.util.Map<Long, Long> seen = new java.util.HashMap<>();
        for (ProcessHandle child : ProcessHandle.current()
                .descendants()
                .filter(GeneratorProcesses::isGenerator)
                .toList()) {
            Long ticks = ticks(child.pid());
            if (ticks == null) {
                continue;
            }
            seen.put(child.pid(), ticks);
            Long before = childTicks.get(child.pid());
            if (before != null && seconds > 0) {
                double fraction = Math.round((ticks - before) / CLOCK_TICKS / seconds * 1000) / 1000.0;
                busiest = busiest == null ? fraction : Math.max(busiest, fraction);
            }
        }
        childTicks.clear();
        childTicks.putAll(seen);
        return busiest;
    }

    /** utime + stime of a process, in clock ticks; null when /proc does not have it. */
    static Long ticks(long pid) {
        try {
            String stat;
            try (java.io.BufferedReader line =
                    java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"))) {
                stat = line.readLine();
            }
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15 of the whole line
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static Double fraction(double load) {
        return load < 0 || Double.isNaN(load) ? null : Math.round(load * 1000) / 1000.0;
    }

    /** The samples so far, oldest first. */
    public List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
