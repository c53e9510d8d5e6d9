package dev.benchpilot.tools.monitor;

import java.util.List;

/**
 * What a {@link ResourceMonitor} saw: one sample a second, the sources used, and what went wrong.
 *
 * @param sources  for example {@code /proc pid 1234}, {@code prometheus http://127.0.0.1:8080/metrics}
 * @param warnings problems met while sampling (a metrics URL answering 404, a process that ended)
 * @param jfr      the summary of a JFR recording of a JVM target, or null
 * @param liveHeap (seconds, bytes) live sets of a JVM target after forced full collections ({@link LiveHeap});
 *     empty if none
 */
public record ResourceTimeline(
        List<ResourceSample> samples,
        List<String> sources,
        List<String> warnings,
        JfrRecording.Summary jfr,
        List<double[]> liveHeap) {

    public static final ResourceTimeline NONE = new ResourceTimeline(List.of(), List.of(), List.of(), null, List.of());

    public ResourceTimeline {
        samples = List.copyOf(samples);
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
        liveHeap = liveHeap == null ? List.of() : List.copyOf(liveHeap);
    }

    public ResourceTimeline with(JfrRecording.Summary summary, List<double[]> newLiveHeap, List<String> moreWarnings) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(moreWarnings);
        return new ResourceTimeline(samples, sources, all, summary, newLiveHeap);
    }
}
