package dev.benchpilot.tools.monitor;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processes that send load for benchpilot (k6, Locust, Artillery), as the engines start and stop them. Only these,
 * and what they start, are the generator: a target benchpilot started itself (the demo shop, a calibration service) is
 * a child process too, and a CPU-bound target must never read as a saturated generator.
 */
public final class GeneratorProcesses {

    private static final Set<Long> RUNNING = ConcurrentHashMap.newKeySet();

    private GeneratorProcesses() {}

    public static void started(ProcessHandle process) {
        RUNNING.add(process.pid());
    }

    public static void ended(ProcessHandle process) {
        RUNNING.remove(process.pid());
    }

    /** Whether {@code process} is a generator process or was started by one. */
    static boolean isGenerator(ProcessHandle process) {
        for (ProcessHandle p = process; p != null; p = p.parent().orElse(null)) {
            if (RUNNING.contains(p.pid())) {
                return true;
            }
        }
        return false;
    }
}
