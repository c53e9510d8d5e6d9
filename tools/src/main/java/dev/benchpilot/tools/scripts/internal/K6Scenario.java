package dev.benchpilot.tools.scripts.internal;

import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ThinkTime;
import dev.benchpilot.tools.scripts.ScriptSpec;
import java.time.Duration;
import java.util.List;

/**
 * One flow's entry in k6's {@code options.scenarios}: a {@code ramping-arrival-rate} executor (open model) whose
 * stages are the profile's stages at the flow's users per second.
 *
 * <p>k6 wants integer rates, so the rates are written per second, per minute or per hour: the first time unit
 * at which every rate is a whole number, else the first at which every non-zero rate is at least
 * {@value #PRECISE_ENOUGH} (rounding then changes it by at most 0.05%), else per hour.
 *
 * <p>Virtual users: k6 starts an iteration on an idle VU; {@code preAllocatedVUs} covers the peak rate times a
 * typical journey (the flow's expected think time plus {@link #RESPONSE_ALLOWANCE} per expected request);
 * {@code maxVUs} covers the worst case (every step runs, every pause is the longest, every request times out),
 * so arrivals are only dropped when even that is exceeded.
 */
final class K6Scenario {

    static final Duration RESPONSE_ALLOWANCE = Duration.ofSeconds(1);
    private static final long PRECISE_ENOUGH = 1000;
    private static final List<String> UNITS = List.of("1s", "1m", "1h");
    private static final List<Long> SECONDS_PER_UNIT = List.of(1L, 60L, 3600L);

    private K6Scenario() {}

    /** The time unit and the number of seconds in it, chosen for {@code stages}. */
    record TimeUnit(String name, long seconds) {

        long target(double usersPerSecond) {
            return Math.round(usersPerSecond * seconds);
        }
    }

    static String render(ScriptSpec spec, Flow flow, String identifier) {
        List<ArrivalStage> stages = ArrivalStage.of(spec, flow);
        TimeUnit unit = timeUnit(stages);
        double peak = ArrivalStage.peakOf(stages);
        long preAllocated = Math.max(
                1, (long) Math.ceil(peak * typicalJourney(flow, spec.scenarios().thinkTime())));
        long max = Math.max(preAllocated, (long)
                Math.ceil(peak * worstJourney(flow, spec.scenarios().thinkTime(), spec.requestTimeout())));
        StringBuilder js = new StringBuilder()
                .append("    ")
                .append(identifier)
                .append(": {\n")
                .append("      executor: 'ramping-arrival-rate',\n")
                .append("      exec: '")
                .append(identifier)
                .append("',\n")
                .append("      startRate: ")
                .append(unit.target(stages.get(0).fromUsersPerSecond()))
                .append(",\n")
                .append("      timeUnit: '")
                .append(unit.name())
                .append("',\n")
                .append("      preAllocatedVUs: ")
                .append(preAllocated)
                .append(",\n")
                .append("      maxVUs: ")
                .append(max)
                .append(",\n")
                .append("      stages: [\n");
        long previous = unit.target(stages.get(0).fromUsersPerSecond());
        for (ArrivalStage stage : stages) {
            long from = unit.target(stage.fromUsersPerSecond());
            long to = unit.target(stage.toUsersPerSecond());
            if (from != previous) {
                js.append("        { target: ").append(from).append(", duration: '0s' },\n");
            }
            js.append("        { target: ")
                    .append(to)
                    .append(", duration: '")
                    .append(duration(stage.duration()))
                    .append("' }, // ")
                    .append(CommentText.safe(stage.stageName()))
                    .append(": ")
                    .append(rates(stage))
                    .append('\n');
            previous = to;
        }
        return js.append("      ],\n    },\n").toString();
    }

    static TimeUnit timeUnit(List<ArrivalStage> stages) {
        for (int i = 0; i < UNITS.size(); i++) {
            long seconds = SECONDS_PER_UNIT.get(i);
            if (stages.stream()
                    .allMatch(s -> whole(s.fromUsersPerSecond() * seconds) && whole(s.toUsersPerSecond() * seconds))) {
                return new TimeUnit(UNITS.get(i), seconds);
            }
        }
        for (int i = 0; i < UNITS.size(); i++) {
            long seconds = SECONDS_PER_UNIT.get(i);
            if (stages.stream()
                    .allMatch(s ->
                            precise(s.fromUsersPerSecond() * seconds) && precise(s.toUsersPerSecond() * seconds))) {
                return new TimeUnit(UNITS.get(i), seconds);
            }
        }
        return new TimeUnit("1h", 3600);
    }

    /** k6 duration text: {@code 30s}, {@code 5m}, {@code 1h2m3s}, {@code 1500ms}. */
    static String duration(Duration duration) {
        if (duration.toMillisPart() != 0 || duration.isZero()) {
            return duration.toMillis() + "ms";
        }
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        return (hours > 0 ? hours + "h" : "") + (minutes > 0 ? minutes + "m" : "") + (seconds > 0 ? seconds + "s" : "");
    }

    /** Expected think time of one journey plus an allowance per expected request, in seconds. */
    static double typicalJourney(Flow flow, ThinkTime think) {
        double pauses = flow.steps().stream()
                .filter(Step::thinkAfter)
                .mapToDouble(Step::probability)
                .sum();
        return pauses * seconds(think.mean()) + flow.expectedRequests() * seconds(RESPONSE_ALLOWANCE);
    }

    /** Every step runs, every pause is the longest, every request times out; in seconds. */
    static double worstJourney(Flow flow, ThinkTime think, Duration requestTimeout) {
        long pauses = flow.steps().stream().filter(Step::thinkAfter).count();
        return pauses * seconds(think.max()) + flow.steps().size() * seconds(requestTimeout);
    }

    private static String rates(ArrivalStage stage) {
        return stage.constant()
                ? Decimals.plain(stage.toUsersPerSecond()) + " users/s"
                : Decimals.plain(stage.fromUsersPerSecond()) + " -> " + Decimals.plain(stage.toUsersPerSecond())
                        + " users/s";
    }

    private static boolean whole(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-6;
    }

    private static boolean precise(double value) {
        return value == 0 || value >= PRECISE_ENOUGH;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
