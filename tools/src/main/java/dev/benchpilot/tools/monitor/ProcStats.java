package dev.benchpilot.tools.monitor;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One reading of a Linux process from {@code /proc/PID}: CPU ticks (user + system), resident memory, threads,
 * open file descriptors and their limit, and its TCP connections by state (from {@code /proc/PID/net/tcp} and
 * {@code tcp6}, counting only sockets the process owns).
 *
 * @param cpuTicks user + system time in clock ticks ({@link #TICKS_PER_SECOND} a second)
 */
public record ProcStats(
        long cpuTicks, Long rssBytes, Integer threads, Integer openFds, Long fdLimit, Map<String, Integer> tcpByState) {

    /** USER_HZ; 100 on every Linux architecture benchpilot runs on. */
    public static final int TICKS_PER_SECOND = 100;

    private static final String[] TCP_STATES = {
        "",
        "ESTABLISHED",
        "SYN_SENT",
        "SYN_RECV",
        "FIN_WAIT1",
        "FIN_WAIT2",
        "TIME_WAIT",
        "CLOSE",
        "CLOSE_WAIT",
        "LAST_ACK",
        "LISTEN",
        "CLOSING"
    };

    /** Reads the process; throws {@link IllegalArgumentException} when there is no such process. */
    public static ProcStats read(long pid) {
        Path dir = Path.of("/proc", String.valueOf(pid));
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(
                    "no process " + pid + " on this machine (/proc/" + pid + " does not exist)");
        }
        try {
            String stat = Files.readString(dir.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            Long rss = null;
            Integer threads = null;
            for (String line : Files.readAllLines(dir.resolve("status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                } else if (line.startsWith("Threads:")) {
                    threads = Integer.parseInt(line.replaceAll("\\D", ""));
                }
            }
            Set<String> sockets = new HashSet<>();
            int fds = 0;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir.resolve("fd"))) {
                for (Path fd : entries) {
                    fds++;
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            sockets.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException e) {
                        // closed while we looked
                    }
                }
            } catch (IOException e) {
                fds = -1;
            }
            return new ProcStats(ticks, rss, threads, fds < 0 ? null : fds, fdLimit(dir), tcp(dir, sockets));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read /proc/" + pid + ": " + e.getMessage(), e);
        }
    }

    private static Long fdLimit(Path dir) throws IOException {
        for (String line : Files.readAllLines(dir.resolve("limits"))) {
            if (line.startsWith("Max open files")) {
                String soft = line.substring("Max open files".length()).strip().split("\\s+")[0];
                return soft.equals("unlimited") ? null : Long.parseLong(soft);
            }
        }
        return null;
    }

    private static Map<String, Integer> tcp(Path dir, Set<String> sockets) {
        Map<String, Integer> byState = new TreeMap<>();
        for (String file : List.of("tcp", "tcp6")) {
            try {
                List<String> lines = Files.readAllLines(dir.resolve("net").resolve(file));
                for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                    String[] f = line.strip().split("\\s+");
                    if (f.length > 9 && sockets.contains(f[9])) {
                        int state = Integer.parseInt(f[3], 16);
                        byState.merge(state < TCP_STATES.length ? TCP_STATES[state] : "UNKNOWN", 1, Integer::sum);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no IPv6, or the process ended
            }
        }
        return byState;
    }
}
