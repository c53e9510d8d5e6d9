package dev.benchpilot.tools.engines.internal;

import dev.benchpilot.tools.metrics.RequestOutcome;
import dev.benchpilot.tools.metrics.RequestRecorder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Correlates the three hooks benchpilot puts around every Gatling request — begin (just before the
 * request action), response (Gatling's transformResponse), end (the action after) — and records one
 * {@link RequestOutcome} per request. Latency runs from begin, so it includes connecting, as a user sees it.
 */
final class RequestTracker {

    private volatile RequestRecorder recorder;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong notAnswered = new AtomicLong();
    private final Map<Long, InFlight> inFlight = new ConcurrentHashMap<>();

    /** Called once, when load starts, before the first {@link #begin}. */
    void start(RequestRecorder recorder) {
        this.recorder = recorder;
    }

    long begin(String endpointKey) {
        long id = sequence.incrementAndGet();
        long now = System.nanoTime();
        inFlight.put(id, new InFlight(endpointKey, now));
        recorder.markSent(now);
        return id;
    }

    void respond(long id, int status) {
        InFlight request = inFlight.remove(id);
        if (request != null) {
            recorder.record(new RequestOutcome(request.endpointKey(), request.beganNanos(),
                    System.nanoTime() - request.beganNanos(), status));
        }
    }

    /** Records a request that got no response (timeout, refused, or never built) as status 0. */
    void end(long id) {
        InFlight request = inFlight.remove(id);
        if (request != null) {
            notAnswered.incrementAndGet();
            recorder.record(new RequestOutcome(request.endpointKey(), request.beganNanos(),
                    System.nanoTime() - request.beganNanos(), RequestOutcome.NO_RESPONSE));
        }
    }

    long notAnswered() {
        return notAnswered.get();
    }

    private record InFlight(String endpointKey, long beganNanos) {
    }
}
