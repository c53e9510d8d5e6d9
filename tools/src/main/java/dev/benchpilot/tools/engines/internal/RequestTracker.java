package dev.benchpilot.tools.engines.internal;

import dev.benchpilot.tools.metrics.RequestOutcome;
import dev.benchpilot.tools.metrics.RequestRecorder;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.ScenarioSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Correlates the three hooks benchpilot puts around every Gatling request — begin (just before the
 * request action), response (Gatling's transformResponse), end (the action after) — and records one
 * {@link RequestOutcome} per request. Latency runs from begin, so it includes connecting, as a user sees it.
 */
final class RequestTracker {

    private final java.util.function.LongFunction<RequestRecorder> starter;
    private volatile RequestRecorder recorder;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong notAnswered = new AtomicLong();
    private final Map<Long, InFlight> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> arrivals = new ConcurrentHashMap<>();
    private final LoadProfile profile;
    /** Each flow's arriving users per offered request per second: its share of users over the requests a user sends. */
    private final Map<String, Double> usersPerRequest = new java.util.HashMap<>();

    /**
     * @param starter creates the recorder when the first request begins, with that moment as the profile's
     *                time zero (Gatling's own start-up time does not shift the stage windows)
     */
    RequestTracker(
            LoadProfile profile, ScenarioSet scenarios, java.util.function.LongFunction<RequestRecorder> starter) {
        this.profile = profile;
        this.starter = starter;
        for (Flow flow : scenarios.flows()) {
            usersPerRequest.put(flow.name(), scenarios.shareOf(flow) / scenarios.expectedRequestsPerUser());
        }
    }

    /**
     * A user of {@code flow} starts its journey: the n-th of its flow is planned where the profile's requests, at the
     * flow's share of users, add up to n users; its lag is how much later than that it started, beyond two of the
     * flow's
     * planned intervals between users. The first arrival is the profile's time zero.
     */
    void arrived(Flow flow) {
        long now = System.nanoTime();
        started(now);
        long n = arrivals.computeIfAbsent(flow.name(), k -> new AtomicLong()).getAndIncrement();
        double perRequest = usersPerRequest.get(flow.name());
        double plannedSeconds = profile.secondsAtRequest(n / perRequest);
        // Gatling rounds each stage's users of a flow to whole users and spreads them evenly, so a user may be due up
        // to
        // about an interval of that flow away from the continuous plan (seconds, for a flow of a user every few
        // seconds): only the lateness beyond two planned intervals is the generator's
        double flowUsersPerSecond =
                profile.rpsAt(java.time.Duration.ofNanos((long) (plannedSeconds * 1e9))) * perRequest;
        long slackNanos = flowUsersPerSecond > 0 ? (long) Math.min(3.6e12, 2e9 / flowUsersPerSecond) : (long) 3.6e12;
        recorder.arrived(recorder.startNanos() + (long) (plannedSeconds * 1e9), now - slackNanos);
    }

    long begin(String endpointKey, String flow) {
        long id = sequence.incrementAndGet();
        long now = System.nanoTime();
        started(now);
        inFlight.put(id, new InFlight(endpointKey, flow, now));
        recorder.markSent(now);
        return id;
    }

    /** Counts a step that was not sent because {@code missing} values were not captured earlier in its journey. */
    void scenarioError(String endpointKey, java.util.List<String> missing, String flow) {
        long now = System.nanoTime();
        started(now);
        recorder.record(RequestOutcome.scenarioError(endpointKey, missing, now, flow));
    }

    private void started(long now) {
        if (recorder == null) {
            synchronized (this) {
                if (recorder == null) {
                    recorder = starter.apply(now);
                }
            }
        }
    }

    void respond(long id, int status) {
        InFlight request = inFlight.remove(id);
        if (request != null) {
            recorder.record(new RequestOutcome(
                    request.endpointKey(),
                    request.beganNanos(),
                    System.nanoTime() - request.beganNanos(),
                    status,
                    request.flow()));
        }
    }

    /** Records a request that got no response (timeout, refused) as status 0. */
    void end(long id) {
        InFlight request = inFlight.remove(id);
        if (request != null) {
            notAnswered.incrementAndGet();
            recorder.record(new RequestOutcome(
                    request.endpointKey(),
                    request.beganNanos(),
                    System.nanoTime() - request.beganNanos(),
                    RequestOutcome.NO_RESPONSE,
                    request.flow()));
        }
    }

    /** Records every request still in flight (cut off by the hard stop) as unanswered; returns how many. */
    long abandonRemaining() {
        long abandoned = 0;
        for (Long id : java.util.List.copyOf(inFlight.keySet())) {
            if (inFlight.containsKey(id)) {
                end(id);
                abandoned++;
            }
        }
        return abandoned;
    }

    long notAnswered() {
        return notAnswered.get();
    }

    private record InFlight(String endpointKey, String flow, long beganNanos) {}
}
