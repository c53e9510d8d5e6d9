package dev.benchpilot.agents.execution;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.tools.engines.EngineException;
import dev.benchpilot.tools.engines.EngineRun;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.monitor.GeneratorCpu;
import dev.benchpilot.tools.monitor.TargetHealth;
import dev.benchpilot.tools.probe.NoLoadBaseline;
import dev.benchpilot.tools.probe.Preflight;
import java.time.Duration;

/**
 * Measures the no-load baseline, then runs the profile's stages through the chosen engine as planned, or,
 * for an adaptive stress search, one step per rate the search chooses.
 */
public final class DeterministicExecutionAgent implements ExecutionAgent {

    private final RatePicker picker;

    public DeterministicExecutionAgent() {
        this(RatePicker.BISECTION);
    }

    /** With another chooser of the stress search's rates (the LLM execution agent's). */
    DeterministicExecutionAgent(RatePicker picker) {
        this.picker = picker;
    }

    @Override
    public ExecutionReport execute(ExecutionRequest asked, ExecutionListener listener)
            throws EngineException, InterruptedException {
        listener.onStep("functional pre-flight: every flow walked once, in order, with no load");
        Preflight.Result preflight = Preflight.walk(
                asked.test().baseUrl(),
                asked.test().scenarios(),
                asked.test().credentials(),
                asked.test().requestTimeout());
        preflight.failures().forEach(f -> listener.onWarning(Preflight.WARNING + f.describe()));
        preflight
                .dropped()
                .forEach(
                        flow -> listener.onWarning("flow " + flow + " left out: none of its steps works without load"));
        if (preflight.scenarios() == null) {
            throw new EngineException("every step of every flow fails without load, so there is nothing to load-test: "
                    + String.join(
                            "; ",
                            preflight.failures().stream()
                                    .limit(3)
                                    .map(Preflight.Failure::describe)
                                    .toList()));
        }
        ExecutionRequest request = asked.withTest(asked.test().withScenarios(preflight.scenarios()));
        LoadTest test = request.test();
        listener.onStep("no-load baseline: " + request.baselineSamples()
                + " sequential requests per endpoint after a discarded warm-up walk of every flow");
        NoLoadBaseline.Result baseline = NoLoadBaseline.measure(
                test.baseUrl(), test.scenarios(), test.credentials(), request.baselineSamples(), test.requestTimeout());
        if (baseline.budgetSpent()) {
            listener.onWarning("the no-load baseline stopped at its " + NoLoadBaseline.BUDGET.toSeconds()
                    + " s budget before every endpoint "
                    + "had " + request.baselineSamples() + " answers (each request waits "
                    + NoLoadBaseline.REQUEST_TIMEOUT.toSeconds()
                    + " s at most): the target is slow or silent with no load; its no-load figures rest on "
                    + "fewer samples");
        }
        long maxSeconds = (request.search() != null
                                        ? request.search().loadBudget()
                                        : test.profile().totalDuration())
                                .toSeconds()
                        * 2
                + 300;
        try (GeneratorCpu cpu = GeneratorCpu.start(maxSeconds);
                TargetProbes target = TargetProbes.start(request, listener, Duration.ofSeconds(maxSeconds));
                TargetHealth health = TargetHealth.watch(
                        test.baseUrl(), request.watch().pid(), test.stop(), Duration.ofSeconds(maxSeconds))) {
            ExecutionReport report;
            try {
                report = load(
                        request,
                        listener.mappingIntervals(interval -> {
                            health.onInterval(interval); // every second of load is also shown to the health watch
                            return interval;
                        }),
                        baseline,
                        cpu);
            } catch (EngineException | InterruptedException | RuntimeException e) {
                target.abandon();
                throw e;
            }
            String lost = health.lost();
            if (lost != null) {
                listener.onStep("the target went away during the load: " + lost + "; load stopped");
            }
            return new ExecutionReport(
                    report.baseline(),
                    report.run(),
                    report.activity(),
                    report.search(),
                    report.generatorCpu(),
                    target.finish(),
                    lost,
                    preflight);
        }
    }

    private ExecutionReport load(
            ExecutionRequest request, ExecutionListener listener, NoLoadBaseline.Result baseline, GeneratorCpu cpu)
            throws EngineException, InterruptedException {
        LoadTest test = request.test();
        if (request.search() != null) {
            StressBounds bounds = request.search();
            listener.onStep("adaptive stress search from " + bounds.startRps()
                    + " rps (doubling until a breaking signal, then bisecting " + "to within 10%), at most "
                    + bounds.loadBudget().toSeconds() + "s of load, with "
                    + request.engine().name());
            AdaptiveStressRun.Result result = AdaptiveStressRun.run(
                    request,
                    baseline.overall() == null ? null : baseline.overall().p95(),
                    listener,
                    picker,
                    cpu::samples);
            return new ExecutionReport(
                    baseline,
                    result.run(),
                    AgentActivity.deterministic(1 + result.outcome().steps().size()),
                    result.outcome(),
                    cpu.samples(),
                    null,
                    null,
                    null);
        }
        listener.onStep("load: " + test.profile().stages().size() + " stage(s) over "
                + test.profile().totalDuration().toSeconds() + "s with "
                + request.engine().describe());
        EngineRun run = request.engine().run(test, listener);
        return new ExecutionReport(
                baseline, run, AgentActivity.deterministic(2), null, cpu.samples(), null, null, null);
    }
}
