package dev.benchpilot.tools.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The pattern library: turns a pattern, a target rate and a total duration into stages, following the
 * reference shapes (baseline: ramp then constant; stress: 1x, 4x, 10x, 20x, cool-down; spike: normal,
 * 10x burst, normal; soak: ramp then a long constant; scalability: equal steps at 1x, 2x, 4x, 6x, 8x, 10x), and
 * builds the steps of an adaptive stress search. Every stage lasts whole seconds: Gatling injects users in one-second
 * batches and counts a stage's users from its whole seconds only (a 12.75 s stage at 10,000 rps got 12 s of users,
 * 94% of the plan), and a whole-second plan reads the same in every engine.
 */
public final class LoadProfiles {

    private static final Duration MIN_RAMP = Duration.ofSeconds(2);
    private static final Duration MAX_RAMP = Duration.ofSeconds(30);

    private LoadProfiles() {}

    public static LoadProfile build(LoadPattern pattern, double targetRps, Duration total) {
        if (targetRps <= 0) {
            throw new IllegalArgumentException("rps must be positive, was " + targetRps);
        }
        if (total.compareTo(Duration.ofSeconds(5)) < 0) {
            throw new IllegalArgumentException("duration must be at least 5s, was " + total.toSeconds() + "s");
        }
        return new LoadProfile(
                pattern,
                targetRps,
                switch (pattern) {
                    case BASELINE, SOAK -> rampThenConstant(targetRps, total);
                    case STRESS ->
                        split(
                                total,
                                new double[] {2, 5, 5, 5, 2},
                                new String[] {"warm-up 1x", "stress 4x", "stress 10x", "stress 20x", "cool-down 1x"},
                                new double[] {1, 4, 10, 20, 1},
                                targetRps,
                                new boolean[] {true, true, true, true, false});
                    case SPIKE ->
                        split(
                                total,
                                new double[] {4, 1, 4},
                                new String[] {"normal", "spike 10x", "recovery"},
                                new double[] {1, 10, 1},
                                targetRps,
                                new boolean[] {true, true, true});
                    case SCALABILITY ->
                        split(
                                total,
                                new double[] {1, 1, 1, 1, 1, 1},
                                new String[] {"level 1x", "level 2x", "level 4x", "level 6x", "level 8x", "level 10x"},
                                new double[] {1, 2, 4, 6, 8, 10},
                                targetRps,
                                new boolean[] {true, true, true, true, true, true});
                });
    }

    /** Shortest hold of a search step, and the requests a hold should collect for a stable p95 when the rate allows. */
    public static final Duration MIN_STEP_HOLD = Duration.ofSeconds(10);

    public static final Duration MAX_STEP_HOLD = Duration.ofSeconds(20);
    public static final long STEP_REQUESTS = 2_000;
    public static final Duration STEP_RAMP = Duration.ofSeconds(2);

    /**
     * One step of an adaptive stress search: a {@link #STEP_RAMP} ramp from {@code fromRps} (not measured),
     * then a measured hold at {@code rps} long enough for {@link #STEP_REQUESTS} requests (between
     * {@link #MIN_STEP_HOLD} and {@link #MAX_STEP_HOLD}) plus {@code settle}, the time arrivals take to add up.
     */
    public static LoadProfile searchStep(String name, double rps, double fromRps, Duration settle) {
        long seconds = Math.round(Math.ceil(STEP_REQUESTS / rps));
        Duration hold =
                Duration.ofSeconds(Math.max(MIN_STEP_HOLD.toSeconds(), Math.min(MAX_STEP_HOLD.toSeconds(), seconds)));
        return new LoadProfile(
                LoadPattern.STRESS,
                rps,
                List.of(
                        Stage.ramp(name + " ramp", STEP_RAMP, Math.min(fromRps, rps), rps),
                        Stage.constant(name, wholeSeconds(hold.plus(settle)), rps)));
    }

    /** A ramp of about 15% of the run (2 s to 30 s) from a tenth of the rate, then the rate. */
    static List<Stage> rampThenConstant(double rps, Duration total) {
        Duration ramp = clamp(wholeSeconds(Duration.ofMillis(total.toMillis() * 15 / 100)));
        return List.of(Stage.ramp("ramp-up", ramp, rps / 10.0, rps), Stage.constant("steady", total.minus(ramp), rps));
    }

    private static List<Stage> split(
            Duration total, double[] parts, String[] names, double[] multipliers, double rps, boolean[] measured) {
        double sum = 0;
        for (double part : parts) {
            sum += part;
        }
        // stage boundaries on whole seconds, each stage at least one second, the last ending at the total
        List<Stage> stages = new ArrayList<>();
        long totalSeconds = total.toSeconds();
        long previous = 0;
        double cumulative = 0;
        for (int i = 0; i < parts.length; i++) {
            cumulative += parts[i];
            long boundary = Math.round(totalSeconds * cumulative / sum);
            boundary = Math.max(previous + 1, Math.min(boundary, totalSeconds - (parts.length - 1 - i)));
            Duration length =
                    i == parts.length - 1 ? total.minusSeconds(previous) : Duration.ofSeconds(boundary - previous);
            previous = boundary;
            stages.add(new Stage(names[i], length, rps * multipliers[i], rps * multipliers[i], measured[i]));
        }
        return stages;
    }

    /** Rounded up to a whole second. */
    static Duration wholeSeconds(Duration duration) {
        long seconds = (duration.toMillis() + 999) / 1000;
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    private static Duration clamp(Duration ramp) {
        return ramp.compareTo(MIN_RAMP) < 0 ? MIN_RAMP : ramp.compareTo(MAX_RAMP) > 0 ? MAX_RAMP : ramp;
    }
}
