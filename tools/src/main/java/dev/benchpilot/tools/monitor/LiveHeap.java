package dev.benchpilot.tools.monitor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live set of a JVM target: a full collection forced with {@code jcmd PID GC.run}, then the heap in use read
 * with {@code jcmd PID GC.heap_info}. Only what is still referenced survives a full collection, so live sets taken
 * over a soak rise only when something is kept: the heap's saw-tooth and promoted garbage do not count. Each probe
 * pauses the target once (a full GC), which is why soak runs take only a few.
 */
public final class LiveHeap {

    /** A top-level line of GC.heap_info: " garbage-first heap   total 262144K, used 23456K [...". */
    private static final Pattern USED = Pattern.compile("^ \\S.*?used (\\d+)([KMG])");

    private LiveHeap() {}

    /**
     * Bytes in use after a forced full collection; {@link IllegalStateException} with the reason when it cannot be had.
     */
    public static long measure(long pid) {
        Jcmd.run(pid, "GC.run");
        return parse(Jcmd.run(pid, "GC.heap_info"));
    }

    static long parse(String heapInfo) {
        long bytes = 0;
        boolean found = false;
        for (String line : heapInfo.split("\n")) {
            Matcher m = USED.matcher(line);
            if (m.find() && !line.contains("Metaspace") && !line.contains("class space")) {
                long value = Long.parseLong(m.group(1));
                bytes += switch (m.group(2)) {
                    case "G" -> value << 30;
                    case "M" -> value << 20;
                    default -> value << 10;
                };
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("GC.heap_info said nothing about heap use: "
                    + heapInfo.strip().lines().findFirst().orElse("(no output)"));
        }
        return bytes;
    }
}
