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
     */
    public record Sample(double seconds, Double processFraction, Double machineFraction) {
    }

    private final long startNanos = System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "benchpilot-generator-cpu");
        thread.setDaemon(true);
        return thread;
    });

    private GeneratorCpu() {
    }

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
        synchronized (samples) {
            samples.add(new Sample((System.nanoTime() - startNanos) / 1e9, process, machine));
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
