package dev.benchpilot.agents.execution;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.tools.engines.EngineRun;
import dev.benchpilot.tools.monitor.GeneratorCpu;
import dev.benchpilot.tools.monitor.ResourceTimeline;
import dev.benchpilot.tools.probe.NoLoadBaseline;
import dev.benchpilot.tools.probe.Preflight;
import java.util.List;

/**
 * The no-load baseline and the engine run, measured separately.
 *
 * @param search       what the adaptive stress search did, or null when the profile ran as planned
 * @param generatorCpu benchpilot's own CPU use during the load, seconds from the start of the load
 * @param target       the target's resources during the load, on the same time axis
 * @param targetLost   what showed that the target died or refused everything during the load (which then ended early),
 *                     with when; null when it stayed up
 * @param preflight    the functional pre-flight: which steps failed with no load and were left out; null when none ran
 */
public record ExecutionReport(
        NoLoadBaseline.Result baseline,
        EngineRun run,
        AgentActivity activity,
        SearchOutcome search,
        List<GeneratorCpu.Sample> generatorCpu,
        ResourceTimeline target,
        String targetLost,
        Preflight.Result preflight) {

    /** The same report told as another agent's work (a model that chose the search's rates). */
    public ExecutionReport withActivity(AgentActivity other) {
        return new ExecutionReport(baseline, run, other, search, generatorCpu, target, targetLost, preflight);
    }

    public ExecutionReport {
        target = target == null ? ResourceTimeline.NONE : target;
        generatorCpu = generatorCpu == null ? List.of() : List.copyOf(generatorCpu);
    }
}
