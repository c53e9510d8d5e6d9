package dev.benchpilot.tools.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.Configuration;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder recording of a JVM target, started and stopped with {@code jcmd} (argument lists, no
 * shell) and summarised with {@code jdk.jfr.consumer}: GC pauses, heap after GC, the hottest methods and the most
 * contended monitors. A target that is not a HotSpot JVM, or a machine without {@code jcmd}, gives no recording and
 * says why. The recording leaves out the events that copy the target's environment, properties and arguments, is
 * named per run, and is bounded in time and size so that it ends by itself.
 */
public final class JfrRecording implements AutoCloseable {

    /**
     * Events left out of the recording: they copy the target's environment variables, system properties, JVM
     * arguments and flags and the machine's process list (command lines) into the file, where secrets would be.
     */
    static final List<String> LEFT_OUT = List.of(
            "jdk.InitialEnvironmentVariable",
            "jdk.InitialSystemProperty",
            "jdk.JVMInformation",
            "jdk.SystemProcess",
            "jdk.StringFlag",
            "jdk.ProcessStart",
            "jdk.InitialSecurityProperty");
    /** What one recording may keep on disk; JFR drops the oldest data past it. */
    static final String MAX_SIZE = "100m";

    /**
     * @param hottestMethods top frames of execution samples, most sampled first, as "method (share%)"
     * @param contention     monitors waited on longest, as "class: total ms over n waits"
     */
    public record Summary(
            int gcPauses,
            double gcPauseTotalMs,
            double gcPauseMaxMs,
            Long heapAfterGcMaxBytes,
            List<String> hottestMethods,
            List<String> contention) {

        /** The summary in one line, for evidence. */
        public String evidence() {
            return String.format(
                    Locale.ROOT,
                    "JFR: %d GC pauses, %.0f ms in total, longest %.0f ms; hottest: %s; contention: %s",
                    gcPauses,
                    gcPauseTotalMs,
                    gcPauseMaxMs,
                    hottestMethods.isEmpty()
                            ? "none sampled"
                            : String.join(", ", hottestMethods.subList(0, Math.min(3, hottestMethods.size()))),
                    contention.isEmpty() ? "none recorded" : String.join(", ", contention));
        }
    }

    private final long pid;
    private final Path file;
    private final String name;

    private JfrRecording(long pid, Path file, String name) {
        this.pid = pid;
        this.file = file;
        this.name = name;
    }

    /**
     * Starts a recording named {@code name} on {@code pid}, bounded in time ({@code maxDuration}) and size, so that it
     * ends by itself (written to {@code file}) if benchpilot dies before it stops it. Throws {@link
     * IllegalStateException} with the reason when it cannot, and never attaches to a process that is not a HotSpot JVM.
     */
    public static JfrRecording start(long pid, Path file, String name, Duration maxDuration) {
        Path target = file.toAbsolutePath();
        Path settings = settingsOf(target);
        writeSettings(settings);
        JfrRecording recording = new JfrRecording(pid, target, name);
        String output = Jcmd.run(
                pid,
                "JFR.start",
                "name=" + name,
                "settings=" + settings,
                "duration=" + Math.max(1, maxDuration.toSeconds()) + "s",
                "maxsize=" + MAX_SIZE,
                "filename=" + target);
        if (!output.contains("Started recording")) {
            throw new IllegalStateException("jcmd could not start JFR in process " + pid + ": "
                    + output.strip().lines().findFirst().orElse(""));
        }
        return recording;
    }

    /** Stops the recording, writes it to the file (owner-only) and summarises it. */
    public Summary stop() throws IOException {
        String output = Jcmd.run(pid, "JFR.stop", "name=" + name, "filename=" + file);
        Files.deleteIfExists(settingsOf(file));
        if (!Files.exists(file)) {
            throw new IOException("jcmd did not write the recording: " + output.strip());
        }
        ownerOnly(file);
        return summarise(file);
    }

    @Override
    public void close() {
        try {
            Jcmd.run(pid, "JFR.stop", "name=" + name);
        } catch (RuntimeException e) {
            // already stopped, or the target is gone
        }
        try {
            Files.deleteIfExists(settingsOf(file));
        } catch (IOException e) {
            // left beside the recording: it holds JFR settings only
        }
        ownerOnly(file);
    }

    /** The settings file the target reads at the start; removed once the recording is stopped. */
    private static Path settingsOf(Path recording) {
        return recording.resolveSibling(recording.getFileName() + ".jfc");
    }

    /** The JDK's "profile" settings with {@link #LEFT_OUT} disabled, as a .jfc file the target reads. */
    private static void writeSettings(Path settings) {
        Map<String, Map<String, String>> events = new TreeMap<>();
        try {
            Configuration.getConfiguration("profile").getSettings().forEach((key, value) -> {
                int hash = key.indexOf('#');
                if (hash > 0) {
                    events.computeIfAbsent(key.substring(0, hash), k -> new TreeMap<>())
                            .put(key.substring(hash + 1), value);
                }
            });
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalStateException("the JDK's JFR profile settings cannot be read: " + e.getMessage(), e);
        }
        LEFT_OUT.forEach(event -> events.put(event, Map.of("enabled", "false")));
        StringBuilder xml = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration version=\"2.0\" label=\"benchpilot\">\n");
        events.forEach((event, values) -> {
            xml.append("  <event name=\"").append(escape(event)).append("\">\n");
            values.forEach((setting, value) -> xml.append("    <setting name=\"")
                    .append(escape(setting))
                    .append("\">")
                    .append(escape(value))
                    .append("</setting>\n"));
            xml.append("  </event>\n");
        });
        xml.append("</configuration>\n");
        try {
            Files.writeString(settings, xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the JFR settings " + settings + ": " + e.getMessage(), e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void ownerOnly(Path file) {
        try {
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // written by the target as another user, or not a POSIX file system: the run directory is owner-only
        }
    }

    public static Summary summarise(Path recording) throws IOException {
        int pauses = 0;
        double pauseTotal = 0;
        double pauseMax = 0;
        Long heapAfter = null;
        Map<String, Long> samples = new HashMap<>();
        long sampleCount = 0;
        Map<String, double[]> monitors = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            switch (event.getEventType().getName()) {
                case "jdk.GarbageCollection" -> {
                    double ms = event.getDuration("sumOfPauses").toNanos() / 1e6;
                    pauses++;
                    pauseTotal += ms;
                    pauseMax = Math.max(pauseMax, ms);
                }
                case "jdk.GCHeapSummary" -> {
                    if ("After GC".equals(event.getString("when"))) {
                        long used = event.getLong("heapUsed");
                        heapAfter = heapAfter == null ? used : Math.max(heapAfter, used);
                    }
                }
                case "jdk.ExecutionSample" -> {
                    if (event.getStackTrace() != null
                            && !event.getStackTrace().getFrames().isEmpty()) {
                        RecordedFrame top = event.getStackTrace().getFrames().get(0);
                        samples.merge(
                                top.getMethod().getType().getName() + "."
                                        + top.getMethod().getName(),
                                1L,
                                Long::sum);
                        sampleCount++;
                    }
                }
                case "jdk.JavaMonitorEnter" -> {
                    String monitor = event.getClass("monitorClass") == null
                            ? "unknown"
                            : event.getClass("monitorClass").getName();
                    double[] total = monitors.computeIfAbsent(monitor, k -> new double[2]);
                    total[0] += event.getDuration().toNanos() / 1e6;
                    total[1]++;
                }
                default -> {}
            }
        }
        long all = sampleCount;
        List<String> hottest = samples.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(10)
                .map(e -> String.format(Locale.ROOT, "%s (%.0f%%)", e.getKey(), 100.0 * e.getValue() / all))
                .toList();
        List<String> contention = monitors.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0]))
                .limit(5)
                .map(e -> String.format(
                        Locale.ROOT, "%s: %.0f ms over %d waits", e.getKey(), e.getValue()[0], (long) e.getValue()[1]))
                .toList();
        return new Summary(pauses, round(pauseTotal), round(pauseMax), heapAfter, hottest, contention);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
