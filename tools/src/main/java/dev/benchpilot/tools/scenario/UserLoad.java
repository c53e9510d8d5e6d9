package dev.benchpilot.tools.scenario;

import dev.benchpilot.tools.text.Numbers;
import java.util.Locale;

/**
 * The load of {@code users} concurrent users following the scenarios, as the arrival rate that offers it. Each user
 * runs one journey after another; by Little's law, {@code users} journeys in progress at a time, each lasting
 * {@code journeySeconds}, start {@code users / journeySeconds} journeys a second, each sending
 * {@code requestsPerJourney} requests. The rate is then run as an open model: arrivals do not wait for the target,
 * so a slow target meets the load these users would offer instead of quietly receiving less (a closed model's
 * coordinated omission). A journey's length counts its think times only: a response of {@code r} seconds adds
 * {@code r} per request, so with slow responses the same users would send somewhat less.
 *
 * @param requestsPerJourney expected requests of one journey over the flow mix
 * @param journeySeconds     expected think time of one journey, in seconds
 * @param rps                the offered rate, rounded to 0.01
 */
public record UserLoad(int users, double requestsPerJourney, double journeySeconds, double rps) {

    /** @throws IllegalArgumentException when the scenarios have no think time (a journey would take no time) */
    public static UserLoad of(int users, ScenarioSet scenarios) {
        if (users < 1) {
            throw new IllegalArgumentException("--users must be at least 1, was " + users);
        }
        double journey = scenarios.expectedJourney().toMillis() / 1000.0;
        if (!(journey > 0)) {
            throw new IllegalArgumentException(
                    "--users needs think time between the scenario's steps: without it a journey takes "
                            + "no time and the rate of " + users + " users is not defined; give --rps instead");
        }
        double perJourney = scenarios.expectedRequestsPerUser();
        return new UserLoad(users, round(perJourney), round(journey), round(users * perJourney / journey));
    }

    /** The conversion in words, for the plan and the checkpoint. */
    public String description() {
        return String.format(
                Locale.ROOT,
                "%d concurrent users = %s rps: a journey sends %.2f requests over %.2f s of think time "
                        + "and the next one starts when it ends (users x requests per journey / journey length); run "
                        + "as that arrival "
                        + "rate, so users do not slow down when the target does; response times are not counted in "
                        + "the journey",
                users,
                Numbers.planned(rps),
                requestsPerJourney,
                journeySeconds);
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
