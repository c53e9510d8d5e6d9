package dev.benchpilot.tools.fuzz;

import java.time.Duration;

/** Runs one fuzz input and fails it when it takes longer than {@link #LIMIT}: a hang is a finding, like a crash. */
public final class Hangs {

    public static final Duration LIMIT = Duration.ofSeconds(10);

    /** The work of one input; may throw what its parser documents, which the caller catches. */
    public interface Input {
        void run() throws Exception;
    }

    private Hangs() {}

    public static void guard(String what, Input input) throws Exception {
        long started = System.nanoTime();
        input.run();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (millis > LIMIT.toMillis()) {
            throw new AssertionError(what + " took " + millis + " ms on one input (limit " + LIMIT.toSeconds() + " s)");
        }
    }
}
