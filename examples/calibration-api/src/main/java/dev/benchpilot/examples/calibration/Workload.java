package dev.benchpilot.examples.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What one request to {@code /work} does in each mode; thread-safe. */
final class Workload implements AutoCloseable {

    /** Thrown when a request waited longer than the queue timeout: answered with 503. */
    static final class Overloaded extends Exception {
        Overloaded(String message) {
            super(message);
        }
    }

    private final CalibrationConfig config;
    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();
    private final ExecutorService cpuWorkers;
    private final List<byte[]> retained = new ArrayList<>();
    private final AtomicLong retainedBytes = new AtomicLong();
    private final Stall stall = new Stall();
    private final long iterationsPerMilli;
    private final double sigma;
    private volatile long sink;

    Workload(CalibrationConfig config) {
        this.config = config;
        this.permits = new Semaphore(config.permits(), true);
        this.cpuWorkers = config.mode().equals(CalibrationConfig.CPU)
                ? Executors.newFixedThreadPool(config.workers(), r -> {
                    Thread thread = new Thread(r, "calibration-cpu");
                    thread.setDaemon(true);
                    return thread;
                })
                : null;
        this.iterationsPerMilli = config.mode().equals(CalibrationConfig.CPU) ? calibrate() : 0;
        // log-normal: p99 = median * exp(2.326 sigma)
        this.sigma = Math.log(config.p99Millis() / config.medianMillis()) / 2.326;
    }

    Stall stall() {
        return stall;
    }

    void handle(Random random) throws Overloaded, InterruptedException {
        stall.awaitEnd();
        switch (config.mode()) {
            case CalibrationConfig.POOL -> withPermit(() -> sleep(config.serviceMillis()));
            case CalibrationConfig.LEAK ->
                withPermit(() -> {
                    retain();
                    sleep(config.serviceMillis());
                });
            case CalibrationConfig.CPU -> cpu();
            default -> sleep(config.medianMillis() * Math.exp(sigma * random.nextGaussian()));
        }
    }

    private interface Work {
        void run() throws InterruptedException;
    }

    private void withPermit(Work work) throws Overloaded, InterruptedException {
        waiting.incrementAndGet();
        boolean acquired;
        try {
            acquired = permits.tryAcquire(config.queueTimeoutMillis(), TimeUnit.MILLISECONDS);
        } finally {
            waiting.decrementAndGet();
        }
        if (!acquired) {
            throw new Overloaded("no permit within " + config.queueTimeoutMillis() + " ms");
        }
        try {
            work.run();
        } finally {
            permits.release();
        }
    }

    private void cpu() throws Overloaded, InterruptedException {
        Future<?> task = cpuWorkers.submit(() -> burn(config.workMillis()));
        try {
            task.get(config.queueTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(false);
            throw new Overloaded("no CPU worker within " + config.queueTimeoutMillis() + " ms");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void retain() {
        if (retainedBytes.get() + config.leakBytes() <= config.leakCapBytes()) {
            synchronized (retained) {
                retained.add(new byte[config.leakBytes()]);
            }
            retainedBytes.addAndGet(config.leakBytes());
        }
    }

    void reset() {
        synchronized (retained) {
            retained.clear();
        }
        retainedBytes.set(0);
    }

    int active() {
        return config.permits() - permits.availablePermits();
    }

    int waiting() {
        return cpuWorkers instanceof ThreadPoolExecutor pool ? pool.getQueue().size() : waiting.get();
    }

    int busyWorkers() {
        return cpuWorkers instanceof ThreadPoolExecutor pool ? pool.getActiveCount() : 0;
    }

    long retainedBytes() {
        return retainedBytes.get();
    }

    private static void sleep(double millis) throws InterruptedException {
        long nanos = (long) (millis * 1_000_000);
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }

    /** Spins for about {@code millis} of CPU time on the calling thread. */
    private void burn(double millis) {
        long iterations = (long) (iterationsPerMilli * millis);
        long x = sink;
        for (long i = 0; i < iterations; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        sink = x;
    }

    /** Iterations of {@link #burn} per millisecond on one core, measured at start after a warm-up. */
    private long calibrate() {
        iterationsPerMillisProbe(5_000_000);
        long best = 0;
        for (int round = 0; round < 5; round++) {
            best = Math.max(best, iterationsPerMillisProbe(20_000_000));
        }
        return best;
    }

    private long iterationsPerMillisProbe(long iterations) {
        long start = System.nanoTime();
        long x = sink;
        for (long i = 0; i < iterations; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        sink = x;
        return iterations * 1_000_000 / Math.max(1, System.nanoTime() - start);
    }

    @Override
    public void close() {
        if (cpuWorkers != null) {
            cpuWorkers.shutdownNow();
        }
    }
}
