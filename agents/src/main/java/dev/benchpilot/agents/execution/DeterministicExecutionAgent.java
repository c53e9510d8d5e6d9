package dev.benchpilot.agents.execution;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.tools.engines.EngineException;
import dev.benchpilot.tools.engines.EngineRun;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.monitor.GeneratorCpu;
import dev.benchpilot.tools.monitor.JfrRecording;
import dev.benchpilot.tools.monitor.ResourceMonitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import dev.benchpilot.tools.probe.NoLoadBaseline;

/**
 * Measures the no-load baseline, then runs the profile's stages through the chosen engine as planned, or,
 * for an adaptive stress search, one step per rate the search chooses.
 */
public final class DeterministicExecutionAgent implements ExecutionAgent {

    @Override
    public ExecutionReport execute(ExecutionRequest request, ExecutionListener listener) throws EngineException, InterruptedException {
        LoadTest test = request.test();
        listener.onStep("no-load baseline: " + request.baselineSamples() + " sequential requests per endpoint after a discarded warm-up walk of every flow");
        NoLoadBaseline.Result baseline = NoLoadBaseline.measure(test.baseUrl(), test.scenarios(), test.credentials(),
                request.baselineSamples(), test.requestTimeout());
        long maxSeconds = (request.search() != null ? request.search().loadBudget() : test.profile().totalDuration()).toSeconds() * 2 + 300;
        try (GeneratorCpu cpu = GeneratorCpu.start(maxSeconds);
             ResourceMonitor target = ResourceMonitor.start(request.watch(), Duration.ofSeconds(maxSeconds))) {
            if (!request.watch().isEmpty()) {
                listener.onStep("watching the target: " + String.join(", ", target.timeline().sources()));
            }
            JfrRecording jfr = request.watch().pid() == null ? null : startJfr(request, listener);
            ExecutionReport report;
            try {
                report = load(request, listener, baseline, cpu);
            } catch (EngineException | InterruptedException | RuntimeException e) {
                if (jfr != null) {
                    jfr.close();
                }
                throw e;
            }
            List<String> jfrWarnings = new ArrayList<>();
            JfrRecording.Summary summary = jfr == null ? null : stopJfr(jfr, jfrWarnings);
            return new ExecutionReport(report.baseline(), report.run(), report.activity(), report.search(), report.generatorCpu(),
                    target.timeline().withJfr(summary, jfrWarnings));
        }
    }

    /** A JFR recording of a JVM target; none (with the reason as a step) when the target is not a JVM or jcmd is missing. */
    private static JfrRecording startJfr(ExecutionRequest request, ExecutionListener listener) {
        try {
            JfrRecording recording = JfrRecording.start(request.watch().pid(), request.test().workDir().resolve("target.jfr"));
            listener.onStep("recording the target with JFR (target.jfr)");
            return recording;
        } catch (RuntimeException e) {
            listener.onStep("no JFR recording of the target: " + e.getMessage());
            return null;
        }
    }

    private static JfrRecording.Summary stopJfr(JfrRecording jfr, List<String> warnings) {
        try {
            return jfr.stop();
        } catch (java.io.IOException | RuntimeException e) {
            warnings.add("JFR recording of the target not summarised: " + e.getMessage());
            return null;
        }
    }

    private static ExecutionReport load(ExecutionRequest request, ExecutionListener listener, NoLoadBaseline.Result baseline,
                                        GeneratorCpu cpu) throws EngineException, InterruptedException {
        LoadTest test = request.test();
        if (request.search() != null) {
            StressBounds bounds = request.search();
            listener.onStep("adaptive stress search from " + bounds.startRps() + " rps (doubling until a breaking signal, then bisecting "
                    + "to within 10%), at most " + bounds.loadBudget().toSeconds() + "s of load, with " + request.engine().name());
            AdaptiveStressRun.Result result = AdaptiveStressRun.run(request, baseline.overall() == null ? null : baseline.overall().p95(),
                    listener);
            return new ExecutionReport(baseline, result.run(), AgentActivity.deterministic(1 + result.outcome().steps().size()),
                    result.outcome(), cpu.samples(), null);
        }
        listener.onStep("load: " + test.profile().stages().size() + " stage(s) over " + test.profile().totalDuration().toSeconds()
                + "s with " + request.engine().name());
        EngineRun run = request.engine().run(test, listener);
        return new ExecutionReport(baseline, run, AgentActivity.deterministic(2), null, cpu.samples(), null);
    }
}
