package dev.benchpilot.examples.calibration;

/**
 * A global pause on demand, like a stop-the-world collection: every request that arrives while a stall is on
 * waits until it ends.
 */
final class Stall {

    private long endNanos;

    synchronized void start(long millis) {
        endNanos = Math.max(endNanos, System.nanoTime() + millis * 1_000_000);
    }

    void awaitEnd() throws InterruptedException {
        long wait;
        synchronized (this) {
            wait = endNanos - System.nanoTime();
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
