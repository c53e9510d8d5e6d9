package dev.benchpilot.tools.analysis;

import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.monitor.GeneratorCpu;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Was the load generator, not the target, the limit of a level? A level is generator-limited when the rate
 * sent fell short of the rate offered while benchpilot's own process used at least {@value #BUSY} of all cores
 * and the target itself showed neither slow responses (p95 at most 2x no-load) nor errors.
 */
public final class GeneratorCheck {

    public static final double BUSY = 0.85;
    /** Above this machine-wide CPU use, a target on the same machine competes with the generator for cores. */
    public static final double MACHINE_BUSY = 0.90;

    /**
     * @param generatorCpu mean fraction of all cores used by benchpilot over the level's window; null when not sampled
     * @param machineCpu   mean fraction of all cores busy on the machine; null when not sampled
     * @param note         what to tell the reader, or null when nothing is suspicious
     */
    public record Verdict(Double generatorCpu, Double machineCpu, boolean generatorLimited, String note) {
    }

    private GeneratorCheck() {
    }

    public static Verdict of(StageMetrics stage, List<GeneratorCpu.Sample> samples, Double noLoadP95Ms) {
        Double generator = mean(samples, stage, true);
        Double machine = mean(samples, stage, false);
        boolean shortfall = stage.offeredRps() > 0 && stage.achievedRps() < BreakingSignals.ACHIEVED_FRACTION * stage.offeredRps();
        boolean targetFine = stage.errorRate() <= BreakingSignals.ERROR_RATE && stage.unanswered() == 0
                && (noLoadP95Ms == null || stage.latencyMs() == null || stage.latencyMs().p95() <= BreakingSignals.P95_FACTOR * noLoadP95Ms);
        boolean limited = shortfall && targetFine && generator != null && generator >= BUSY;
        String note = null;
        if (limited) {
            note = String.format(Locale.ROOT, "%s: the generator was the limit (benchpilot used %.0f%% of all cores, sent %.1f of %.1f rps "
                    + "offered, and the target's p95 and errors were normal); not the target's capacity", stage.name(), generator * 100,
                    stage.achievedRps(), stage.offeredRps());
        } else if (machine != null && machine >= MACHINE_BUSY) {
            note = String.format(Locale.ROOT, "%s: the machine's CPU was %.0f%% busy (benchpilot %s); a target on the same machine "
                    + "shares those cores with the generator", stage.name(), machine * 100,
                    generator == null ? "n/a" : String.format(Locale.ROOT, "%.0f%%", generator * 100));
        }
        return new Verdict(generator, machine, limited, note);
    }

    private static Double mean(List<GeneratorCpu.Sample> samples, StageMetrics stage, boolean process) {
        OptionalDouble mean = samples.stream()
                .filter(s -> s.seconds() >= stage.windowStartSeconds() && s.seconds() <= stage.windowEndSeconds())
                .map(s -> process ? s.processFraction() : s.machineFraction())
                .filter(v -> v != null).mapToDouble(Double::doubleValue).average();
        return mean.isPresent() ? Math.round(mean.getAsDouble() * 1000) / 1000.0 : null;
    }
}
