package dev.benchpilot.tools.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The pattern library: turns a pattern, a target rate and a total duration into stages, following the
 * reference shapes (baseline: ramp then constant; stress: 1x, 4x, 10x, 20x, cool-down; spike: normal,
 * 10x burst, normal; soak: ramp then a long constant).
 */
public final class LoadProfiles {

    private static final Duration MIN_RAMP = Duration.ofSeconds(2);
    private static final Duration MAX_RAMP = Duration.ofSeconds(30);

    private LoadProfiles() {
    }

    public static LoadProfile build(LoadPattern pattern, double targetRps, Duration total) {
        if (targetRps <= 0) {
            throw new IllegalArgumentException("rps must be positive, was " + targetRps);
        }
        if (total.compareTo(Duration.ofSeconds(5)) < 0) {
            throw new IllegalArgumentException("duration must be at least 5s, was " + total.toSeconds() + "s");
        }
        return new LoadProfile(pattern, targetRps, switch (pattern) {
            case BASELINE, SOAK -> rampThenConstant(targetRps, total);
            case STRESS -> split(total, new double[] {2, 5, 5, 5, 2},
                    new String[] {"warm-up 1x", "stress 4x", "stress 10x", "stress 20x", "cool-down 1x"},
                    new double[] {1, 4, 10, 20, 1}, targetRps, new boolean[] {true, true, true, true, false});
            case SPIKE -> split(total, new double[] {4, 1, 4},
                    new String[] {"normal", "spike 10x", "recovery"},
                    new double[] {1, 10, 1}, targetRps, new boolean[] {true, true, true});
        });
    }

    /** A ramp of about 15% of the run (2 s to 30 s) from a tenth of the rate, then the rate. */
    static List<Stage> rampThenConstant(double rps, Duration total) {
        Duration ramp = clamp(Duration.ofMillis(total.toMillis() * 15 / 100));
        return List.of(Stage.ramp("ramp-up", ramp, rps / 10.0, rps), Stage.constant("steady", total.minus(ramp), rps));
    }

    private static List<Stage> split(Duration total, double[] parts, String[] names, double[] multipliers,
                                     double rps, boolean[] measured) {
        double sum = 0;
        for (double part : parts) {
            sum += part;
        }
        List<Stage> stages = new ArrayList<>();
        Duration used = Duration.ZERO;
        for (int i = 0; i < parts.length; i++) {
            Duration length = i == parts.length - 1 ? total.minus(used)
                    : Duration.ofMillis(Math.round(total.toMillis() * parts[i] / sum));
            used = used.plus(length);
            stages.add(new Stage(names[i], length, rps * multipliers[i], rps * multipliers[i], measured[i]));
        }
        return stages;
    }

    private static Duration clamp(Duration ramp) {
        return ramp.compareTo(MIN_RAMP) < 0 ? MIN_RAMP : ramp.compareTo(MAX_RAMP) > 0 ? MAX_RAMP : ramp;
    }
}
