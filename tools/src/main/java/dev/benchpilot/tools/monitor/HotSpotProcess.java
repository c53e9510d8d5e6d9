package dev.benchpilot.tools.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a process may be attached to with {@code jcmd}. The JDK's attach mechanism sends the process SIGQUIT,
 * which a HotSpot JVM takes as "start the attach listener" and nginx, gunicorn, php-fpm or unicorn take as "shut
 * down". So only a process that is provably a HotSpot JVM is attached to: it has {@code libjvm.so} mapped, it
 * publishes an {@code hsperfdata} file for its pid, and it was not started with {@code -Xrs} (which leaves SIGQUIT
 * to the default action: exit) or with the attach mechanism disabled. Everything else is watched through /proc only.
 */
public final class HotSpotProcess {

    private HotSpotProcess() {}

    /** Null when {@code pid} is an attachable HotSpot JVM, otherwise why it is not (for a report line). */
    public static String whyNotAttachable(long pid) {
        return whyNotAttachable(Path.of("/proc", String.valueOf(pid)), pid);
    }

    static String whyNotAttachable(Path proc, long pid) {
        if (!Files.isDirectory(proc)) {
            return "no process " + pid;
        }
        String maps;
        String cmdline;
        try {
            maps = Files.readString(proc.resolve("maps"), StandardCharsets.ISO_8859_1);
            cmdline = Files.readString(proc.resolve("cmdline"), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return "process " + pid + " cannot be inspected (" + e.getClass().getSimpleName()
                    + "), so it is not attached to";
        }
        if (!maps.contains("/libjvm.so")) {
            return "process " + pid
                    + " is not a JVM (no libjvm.so mapped); it is watched through /proc only, since attaching "
                    + "would send it SIGQUIT, which many servers (nginx, gunicorn, php-fpm) take as \"shut down\"";
        }
        List<String> arguments = List.of(cmdline.split("\0"));
        if (arguments.contains("-Xrs") || arguments.contains("-XX:+DisableAttachMechanism")) {
            return "JVM " + pid + " was started with "
                    + (arguments.contains("-Xrs") ? "-Xrs" : "-XX:+DisableAttachMechanism")
                    + ", so attaching could stop it or would be refused; it is watched through /proc only";
        }
        if (!hasPerfData(proc, pid)) {
            return "JVM " + pid
                    + " publishes no hsperfdata file (started with -XX:-UsePerfData, or not a HotSpot JVM); "
                    + "it is watched through /proc only";
        }
        return null;
    }

    /**
     * {@code <tmp>/hsperfdata_<user>/<pid>} as the process sees its /tmp (through /proc/PID/root, for containers too).
     */
    private static boolean hasPerfData(Path proc, long pid) {
        String namespacePid = namespacePid(proc, pid);
        for (Path tmp : List.of(proc.resolve("root/tmp"), Path.of(System.getProperty("java.io.tmpdir")))) {
            try (DirectoryStream<Path> users = Files.newDirectoryStream(tmp, "hsperfdata_*")) {
                for (Path user : users) {
                    if (Files.exists(user.resolve(namespacePid)) || Files.exists(user.resolve(String.valueOf(pid)))) {
                        return true;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not readable from here: try the next place
            }
        }
        return false;
    }

    /** The pid inside the process's own pid namespace (the last NSpid value), which names its hsperfdata file. */
    private static String namespacePid(Path proc, long pid) {
        try {
            for (String line : Files.readAllLines(proc.resolve("status"), StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("NSpid:")) {
                    String[] pids = line.substring(6).trim().split("\\s+");
                    return pids[pids.length - 1];
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall back to the pid as seen from here
        }
        return String.valueOf(pid);
    }
}
