package dev.benchpilot.tools.scenario;

import java.time.Duration;
import java.util.List;

/**
 * The offered load over time: stages run back to back from time zero.
 *
 * @param pattern   the pattern the profile was built for
 * @param targetRps the rate the user asked for
 * @param stages    the stages, in order
 */
public record LoadProfile(LoadPattern pattern, double targetRps, List<Stage> stages) {

    public LoadProfile {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a load profile needs at least one stage");
        }
    }

    public Duration totalDuration() {
        return stages.stream().map(Stage::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /** The start offset of stage {@code index} from the start of the run. */
    public Duration startOf(int index) {
        Duration start = Duration.ZERO;
        for (int i = 0; i < index; i++) {
            start = start.plus(stages.get(i).duration());
        }
        return start;
    }

    /** The index of the stage running at {@code elapsed}, or -1 once the profile has ended. */
    public int stageAt(Duration elapsed) {
        Duration end = Duration.ZERO;
        for (int i = 0; i < stages.size(); i++) {
            end = end.plus(stages.get(i).duration());
            if (elapsed.compareTo(end) < 0) {
                return elapsed.isNegative() ? 0 : i;
            }
        }
        return -1;
    }

    /** The offered rate at {@code elapsed} from the start; zero after the end. */
    public double rpsAt(Duration elapsed) {
        int index = stageAt(elapsed);
        return index < 0 ? 0.0 : stages.get(index).rpsAt(elapsed.minus(startOf(index)));
    }

    public double peakRps() {
        return stages.stream()
                .mapToDouble(s -> Math.max(s.startRps(), s.endRps()))
                .max()
                .orElse(0);
    }

    /**
     * When, in seconds from the start, the offered requests add up to {@code requests}: the planned send time of the
     * request (or arrival) with that cumulative number. Past the end of the profile: its end.
     */
    public double secondsAtRequest(double requests) {
        double start = 0;
        double left = Math.max(0, requests);
        for (Stage stage : stages) {
            double length = stage.duration().toNanos() / 1e9;
            double total = stage.offeredRequests();
            if (left <= total && total > 0) {
                return start + stage.secondsAtRequest(left);
            }
            left -= total;
            start += length;
        }
        return start;
    }
}
