package dev.benchpilot.agents.analysis;

import dev.benchpilot.tools.analysis.TargetSample;
import dev.benchpilot.tools.monitor.GeneratorCpu;
import java.util.List;

/**
 * What was watched while the load ran, on the load's time axis.
 *
 * @param generatorCpu benchpilot's own CPU use, to tell a generator limit from the target's
 * @param target       the target's resources each second; empty when neither --pid nor --metrics-url was given
 * @param sources      where the target's figures came from ("/proc 1234", "prometheus http://...")
 * @param jfrEvidence  what a JFR recording of the target showed (hot methods, lock contention), or null
 * @param liveHeap     (seconds, bytes) live sets of a JVM target after forced full collections, from a soak run
 */
public record Observations(
        List<GeneratorCpu.Sample> generatorCpu,
        List<TargetSample> target,
        List<String> sources,
        String jfrEvidence,
        List<double[]> liveHeap) {

    public static final Observations NONE = new Observations(List.of(), List.of(), List.of(), null, List.of());

    public Observations {
        generatorCpu = generatorCpu == null ? List.of() : List.copyOf(generatorCpu);
        target = target == null ? List.of() : List.copyOf(target);
        sources = sources == null ? List.of() : List.copyOf(sources);
        liveHeap = liveHeap == null ? List.of() : List.copyOf(liveHeap);
    }
}
