package dev.benchpilot.tools.monitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder recording of a JVM target, started and stopped with {@code jcmd} (argument lists, no
 * shell) and summarised with {@code jdk.jfr.consumer}: GC pauses, heap after GC, the hottest methods and the most
 * contended monitors. A target that is not a JVM, or a machine without {@code jcmd}, gives no recording and says why.
 */
public final class JfrRecording implements AutoCloseable {

    private static final String NAME = "benchpilot";
    private static final Duration JCMD_TIMEOUT = Duration.ofSeconds(20);

    /**
     * @param hottestMethods top frames of execution samples, most sampled first, as "method (share%)"
     * @param contention     monitors waited on longest, as "class: total ms over n waits"
     */
    public record Summary(int gcPauses, double gcPauseTotalMs, double gcPauseMaxMs, Long heapAfterGcMaxBytes, List<String> hottestMethods,
                          List<String> contention) {

        /** The summary in one line, for evidence. */
        public String evidence() {
            return String.format(Locale.ROOT, "JFR: %d GC pauses, %.0f ms in total, longest %.0f ms; hottest: %s; contention: %s", gcPauses,
                    gcPauseTotalMs, gcPauseMaxMs, hottestMethods.isEmpty() ? "none sampled" : String.join(", ", hottestMethods.subList(0,
                            Math.min(3, hottestMethods.size()))), contention.isEmpty() ? "none recorded" : String.join(", ", contention));
        }
    }

    private final long pid;
    private final Path file;
    private final String jcmd;

    private JfrRecording(long pid, Path file, String jcmd) {
        this.pid = pid;
        this.file = file;
        this.jcmd = jcmd;
    }

    /** Starts a recording on {@code pid}; throws {@link IllegalStateException} with the reason when it cannot. */
    public static JfrRecording start(long pid, Path file) {
        String jcmd = jcmd();
        JfrRecording recording = new JfrRecording(pid, file.toAbsolutePath(), jcmd);
        String output = recording.run(jcmd, String.valueOf(pid), "JFR.start", "name=" + NAME, "settings=profile");
        if (!output.contains("Started recording")) {
            throw new IllegalStateException("jcmd could not start JFR in process " + pid + ": " + output.strip().lines().findFirst().orElse(""));
        }
        return recording;
    }

    /** Stops the recording, writes it to the file and summarises it. */
    public Summary stop() throws IOException {
        String output = run(jcmd, String.valueOf(pid), "JFR.stop", "name=" + NAME, "filename=" + file);
        if (!Files.exists(file)) {
            throw new IOException("jcmd did not write the recording: " + output.strip());
        }
        return summarise(file);
    }

    @Override
    public void close() {
        try {
            run(jcmd, String.valueOf(pid), "JFR.stop", "name=" + NAME);
        } catch (RuntimeException e) {
            // already stopped, or the target is gone
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
                    if (event.getStackTrace() != null && !event.getStackTrace().getFrames().isEmpty()) {
                        RecordedFrame top = event.getStackTrace().getFrames().get(0);
                        samples.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1L, Long::sum);
                        sampleCount++;
                    }
                }
                case "jdk.JavaMonitorEnter" -> {
                    String monitor = event.getClass("monitorClass") == null ? "unknown" : event.getClass("monitorClass").getName();
                    double[] total = monitors.computeIfAbsent(monitor, k -> new double[2]);
                    total[0] += event.getDuration().toNanos() / 1e6;
                    total[1]++;
                }
                default -> {
                }
            }
        }
        long all = sampleCount;
        List<String> hottest = samples.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .map(e -> String.format(Locale.ROOT, "%s (%.0f%%)", e.getKey(), 100.0 * e.getValue() / all)).toList();
        List<String> contention = monitors.entrySet().stream().sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0]))
                .limit(5).map(e -> String.format(Locale.ROOT, "%s: %.0f ms over %d waits", e.getKey(), e.getValue()[0], (long) e.getValue()[1]))
                .toList();
        return new Summary(pauses, round(pauseTotal), round(pauseMax), heapAfter, hottest, contention);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String jcmd() {
        Path fromJavaHome = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return Files.isExecutable(fromJavaHome) ? fromJavaHome.toString() : "jcmd";
    }

    private String run(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(JCMD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("jcmd did not answer within " + JCMD_TIMEOUT.toSeconds() + "s");
            }
            return new String(output, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("jcmd is not available: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running jcmd", e);
        }
    }
}
