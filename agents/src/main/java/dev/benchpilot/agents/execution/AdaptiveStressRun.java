package dev.benchpilot.agents.execution;

import dev.benchpilot.tools.analysis.BreakingSignals;
import dev.benchpilot.tools.analysis.GeneratorCheck;
import dev.benchpilot.tools.analysis.StressSearch;
import dev.benchpilot.tools.engines.EngineException;
import dev.benchpilot.tools.engines.EngineRun;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.metrics.RunSeries;
import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.monitor.GeneratorCpu;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.LoadProfiles;
import dev.benchpilot.tools.text.Numbers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Runs an adaptive stress search: one short engine run per offered rate, chosen by {@link StressSearch},
 * joined into one series. A step that broke is followed by a pause so the target can drain its backlog
 * before the next rate is judged.
 */
final class AdaptiveStressRun {

    static final Duration PAUSE_AFTER_BREAK = Duration.ofSeconds(3);

    private AdaptiveStressRun() {}

    /**
     * @param generatorCpu benchpilot's CPU samples so far, on a clock that starts about when this search does: a
     *     step the
     *                     generator could not offer ends the search as generator-limited, never as a break
     */
    static Result run(
            ExecutionRequest request,
            Double noLoadP95Ms,
            ExecutionListener listener,
            RatePicker picker,
            Supplier<List<GeneratorCpu.Sample>> generatorCpu)
            throws EngineException, InterruptedException {
        StressBounds bounds = request.search();
        LoadTest test = request.test();
        StressSearch search = new StressSearch(bounds.startRps(), bounds.maxRps());
        RunSeries series = new RunSeries(bounds.startRps());
        List<String> warnings = new ArrayList<>();
        long zero = System.nanoTime();
        double loadSeconds = 0;
        double previous = bounds.startRps() / 2;
        int number = 0;
        StageMetrics last = null;
        for (OptionalDouble next = search.next(); next.isPresent(); next = search.next()) {
            double rps = picker.choose(search.steps(), next.getAsDouble(), bounds, last);
            String name = String.format(Locale.ROOT, "step %d: %s rps", ++number, Numbers.plain(rps));
            LoadProfile profile = LoadProfiles.searchStep(
                    name, rps, previous, test.scenarios().settleTime());
            double stepSeconds = profile.totalDuration().toMillis() / 1000.0;
            if (loadSeconds + stepSeconds > bounds.loadBudget().toSeconds()) {
                search.stop(
                        "load budget of " + bounds.loadBudget().toSeconds() + "s spent after " + (number - 1)
                                + " steps",
                        false);
                break;
            }
            listener.onStep(name + " for " + Math.round(stepSeconds) + "s");
            double offset = (System.nanoTime() - zero) / 1e9;
            EngineRun step = request.engine()
                    .run(
                            test.step(
                                    profile,
                                    test.workDir()
                                            .resolve("steps")
                                            .resolve(String.format(Locale.ROOT, "step-%02d", number))),
                            listener.mappingIntervals(interval -> interval.shifted(Math.round(offset))));
            loadSeconds += stepSeconds;
            series.add(step.metrics(), step.histograms(), offset);
            step.warnings().forEach(w -> warnings.add(name + ": " + w));
            if (test.stop().requested()) {
                search.stop("stopped: " + test.stop().reason(), false);
                break;
            }
            StageMetrics hold =
                    step.metrics().stages().get(step.metrics().stages().size() - 1);
            last = hold;
            GeneratorCheck.Verdict generator = GeneratorCheck.of(hold, generatorCpu.get(), noLoadP95Ms, offset);
            if (generator.generatorLimited()) {
                search.generatorLimited(rps, generator.reasons());
                listener.onStep(name + " generator-limited (not a break): " + String.join("; ", generator.reasons()));
                previous = Math.min(previous, rps / 2);
                Thread.sleep(PAUSE_AFTER_BREAK.toMillis());
                continue;
            }
            List<String> signals = new ArrayList<>(BreakingSignals.of(hold, noLoadP95Ms));
            if (bounds.slaP95Ms() != null
                    && hold.latencyMs() != null
                    && hold.latencyMs().p95() > bounds.slaP95Ms()) {
                signals.add(String.format(
                        Locale.ROOT,
                        "p95 %.1f ms > SLA %.0f ms",
                        hold.latencyMs().p95(),
                        bounds.slaP95Ms()));
            }
            search.record(rps, signals.isEmpty(), signals);
            listener.onStep(name + (signals.isEmpty() ? " held" : " broke: " + String.join("; ", signals)));
            previous = signals.isEmpty() ? rps : Math.min(previous, rps / 2);
            if (!signals.isEmpty()) {
                Thread.sleep(PAUSE_AFTER_BREAK.toMillis());
            }
        }
        SearchOutcome outcome = new SearchOutcome(
                search.steps(), search.stopReason(), search.lastGoodRps(), search.firstBadRps(), loadSeconds);
        return new Result(
                new EngineRun(request.engine().name(), series.metrics(), warnings, series.histograms()), outcome);
    }

    record Result(EngineRun run, SearchOutcome outcome) {}
}
