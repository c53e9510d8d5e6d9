package dev.benchpilot.tools.analysis;

import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.ScheduleLag;
import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.monitor.GeneratorCpu;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Was the load generator, not the target, the limit of a level? A level is generator-limited when the generator did
 * not keep its own schedule, measured on itself:
 * <ul>
 *   <li>it ran late: its typical lag ({@link ScheduleLag#typicalMs()}: the p95 of its users' starts, or the median of
 *       an engine process's worst event-loop delay of each second) above {@value #LAG_P95_MS} ms;</li>
 *   <li>its own delay explains the latency: a latency rise over the no-load p95 of which the generator's p95 lag is at
 *       least half (lag above {@value #LAG_NOISE_MS} ms): a response waiting in the generator's queue looks slow;</li>
 *   <li>it gave users up: more than {@value #DROPPED_FRACTION} of the planned users dropped (k6);</li>
 *   <li>it fell short with its CPU spent: sent below {@link BreakingSignals#ACHIEVED_FRACTION} of offered while
 *       benchpilot used at least {@value #BUSY} of all cores and the target showed neither slow responses nor
 *       errors (engines that do not report their schedule);</li>
 *   <li>an outside engine's busiest process used at least {@value #CHILD_BUSY} of one core over the level (one process
 *       cannot do more; Locust warns at the same point) while it sent short of the plan or the latency rose (its own
 *       timings are then not to be trusted). At full CPU with the rate kept and latency normal, it still kept up;</li>
 *   <li>{@value #PORTS_USED} of the machine's ephemeral ports were taken (TIME_WAIT included, whoever holds them) while
 *       requests got no answer: the generator's new connections failed for want of a source port, which would read as
 *       the target refusing them. Ports taken with every request answered are no limit (shared connections need
 *       none).</li>
 * </ul>
 * A generator-limited level is never a breaking signal of the target nor its breaking point.
 */
public final class GeneratorCheck {

    public static final double BUSY = 0.85;
    /** Above this machine-wide CPU use, a target on the same machine competes with the generator for cores. */
    public static final double MACHINE_BUSY = 0.90;

    public static final double LAG_P95_MS = 50;
    public static final double LAG_NOISE_MS = 5;
    public static final double LAG_SHARE_OF_RISE = 0.5;
    public static final double DROPPED_FRACTION = 0.01;
    /** At this share of the ephemeral port range in use, new connections are about to find no source port. */
    public static final double PORTS_USED = 0.80;
    /** An outside engine's process at this fraction of one core is saturated (Locust warns at 90% too). */
    public static final double CHILD_BUSY = 0.90;

    /**
     * @param generatorCpu mean fraction of all cores used by benchpilot over the level's window; null when not sampled
     * @param machineCpu   mean fraction of all cores busy on the machine; null when not sampled
     * @param reasons      why the level is generator-limited, in words with figures; empty when it is not
     * @param note         what to tell the reader, or null when nothing is suspicious
     */
    public record Verdict(
            Double generatorCpu, Double machineCpu, boolean generatorLimited, List<String> reasons, String note) {
        public Verdict {
            reasons = List.copyOf(reasons);
        }
    }

    private GeneratorCheck() {}

    public static Verdict of(StageMetrics stage, List<GeneratorCpu.Sample> samples, Double noLoadP95Ms) {
        return of(stage, samples, noLoadP95Ms, 0);
    }

    /**
     * @param sampleOffsetSeconds where the stage's time zero falls on the samples' clock (a step of a search starts
     *                            that many seconds after the sampler)
     */
    public static Verdict of(
            StageMetrics stage, List<GeneratorCpu.Sample> samples, Double noLoadP95Ms, double sampleOffsetSeconds) {
        Double generator = mean(samples, stage, true, sampleOffsetSeconds);
        Double machine = mean(samples, stage, false, sampleOffsetSeconds);
        Double child = mean(samples, stage, GeneratorCpu.Sample::busiestChild, sampleOffsetSeconds);
        List<String> reasons = new ArrayList<>(scheduleReasons(stage, noLoadP95Ms));
        boolean shortfall =
                stage.offeredRps() > 0 && stage.achievedRps() < BreakingSignals.ACHIEVED_FRACTION * stage.offeredRps();
        boolean targetFine = stage.errorRate() <= BreakingSignals.ERROR_RATE
                && stage.unanswered() == 0
                && (noLoadP95Ms == null
                        || stage.latencyMs() == null
                        || stage.latencyMs().p95() <= BreakingSignals.P95_FACTOR * noLoadP95Ms);
        if (shortfall && targetFine && generator != null && generator >= BUSY) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "it sent %.1f of %.1f rps offered while using %.0f%% of all cores, and the target's "
                            + "p95 and errors were normal",
                    stage.achievedRps(),
                    stage.offeredRps(),
                    generator * 100));
        }
        boolean latencyRose = noLoadP95Ms != null
                && stage.latencyMs() != null
                && stage.latencyMs().p95() > BreakingSignals.P95_FACTOR * noLoadP95Ms;
        if (child != null && child >= CHILD_BUSY && (shortfall || latencyRose)) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "its busiest engine process used %.0f%% of a core, all one process can use, while " + "%s",
                    child * 100,
                    shortfall
                            ? String.format(
                                    Locale.ROOT,
                                    "it sent %.1f of %.1f rps offered",
                                    stage.achievedRps(),
                                    stage.offeredRps())
                            : "the latency rose: its own timings are not to be trusted"));
        }
        Integer range = GeneratorCpu.ephemeralPortCount();
        int ports = samples.stream()
                .filter(s -> s.seconds() - sampleOffsetSeconds >= stage.windowStartSeconds()
                        && s.seconds() - sampleOffsetSeconds <= stage.windowEndSeconds()
                        && s.ephemeralPorts() != null)
                .mapToInt(GeneratorCpu.Sample::ephemeralPorts)
                .max()
                .orElse(0);
        // ports taken are harmless until a connection fails for want of one: requests without an answer are that
        // symptom
        if (range != null && ports >= PORTS_USED * range && stage.unanswered() > 0) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "%d of this machine's %d ephemeral ports were taken (TIME_WAIT included) while "
                            + "%d requests got no answer: new connections ran out of source ports, as per-user "
                            + "connections do at thousands of "
                            + "users a second",
                    ports,
                    range,
                    stage.unanswered()));
        }
        String note = null;
        if (!reasons.isEmpty()) {
            note = stage.name() + ": generator-limited: " + String.join("; ", reasons) + "; not the target's capacity";
        } else if (machine != null && machine >= MACHINE_BUSY) {
            note = String.format(
                    Locale.ROOT,
                    "%s: the machine's CPU was %.0f%% busy (benchpilot %s); a target on the same machine "
                            + "shares those cores with the generator",
                    stage.name(),
                    machine * 100,
                    generator == null ? "n/a" : String.format(Locale.ROOT, "%.0f%%", generator * 100));
        }
        return new Verdict(generator, machine, !reasons.isEmpty(), reasons, note);
    }

    /** The reasons read off the generator's own schedule, when the engine reported one. */
    static List<String> scheduleReasons(StageMetrics stage, Double noLoadP95Ms) {
        ScheduleLag schedule = stage.schedule();
        if (schedule == null) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        double dropped = schedule.droppedFraction(stage.requests());
        if (dropped > DROPPED_FRACTION) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "it dropped %d users it should have started (%.1f%% of the level's)",
                    schedule.dropped(),
                    dropped * 100));
        }
        LatencySummary lag = schedule.lagMs();
        if (lag == null) {
            return reasons;
        }
        LatencySummary latency = stage.latencyMs();
        double typical = schedule.typicalMs();
        if (typical > LAG_P95_MS) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "it ran %.0f ms late %s (%.0f ms at most; limit %.0f ms)",
                    typical,
                    schedule.typicalWords(),
                    lag.max(),
                    LAG_P95_MS));
        } else if (typical > LAG_NOISE_MS
                && latency != null
                && noLoadP95Ms != null
                && latency.p95() > BreakingSignals.P95_FACTOR * noLoadP95Ms
                && typical >= LAG_SHARE_OF_RISE * (latency.p95() - noLoadP95Ms)) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "its own delay (%.1f ms late %s) explains the latency rise "
                            + "(p95 %.1f ms against %.1f ms with no load)",
                    typical,
                    schedule.typicalWords(),
                    latency.p95(),
                    noLoadP95Ms));
        }
        return reasons;
    }

    private static Double mean(List<GeneratorCpu.Sample> samples, StageMetrics stage, boolean process, double offset) {
        return mean(
                samples,
                stage,
                process ? GeneratorCpu.Sample::processFraction : GeneratorCpu.Sample::machineFraction,
                offset);
    }

    private static Double mean(
            List<GeneratorCpu.Sample> samples,
            StageMetrics stage,
            java.util.function.Function<GeneratorCpu.Sample, Double> value,
            double offset) {
        OptionalDouble mean = samples.stream()
                .filter(s -> s.seconds() - offset >= stage.windowStartSeconds()
                        && s.seconds() - offset <= stage.windowEndSeconds())
                .map(value)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .average();
        return mean.isPresent() ? Math.round(mean.getAsDouble() * 1000) / 1000.0 : null;
    }
}
