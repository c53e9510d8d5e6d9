package dev.benchpilot.tools.metrics;

/**
 * One finished request as an engine saw it.
 *
 * @param endpointKey   {@code GET /api/products/{id}}
 * @param sentNanos     {@link System#nanoTime()} when it was sent (or, for k6, the equivalent offset)
 * @param latencyNanos  time from send to the last byte of the response, or to the failure
 * @param status        the HTTP status, 0 when no response arrived (connect error, timeout), or {@link
 *     #SCENARIO_ERROR} when the
 *                      request was not sent because a value it needs was missing (then {@code endpointKey} says which);
 *                      {@link #GENERATOR_LAG} and {@link #DROPPED} for the generator's reports about itself
 * @param flow          the flow that sent it, or null when the engine does not say
 */
public record RequestOutcome(String endpointKey, long sentNanos, long latencyNanos, int status, String flow) {

    /** A request whose flow is not known. */
    public RequestOutcome(String endpointKey, long sentNanos, long latencyNanos, int status) {
        this(endpointKey, sentNanos, latencyNanos, status, null);
    }

    public static final int NO_RESPONSE = 0;
    /** Not a request: the step was not sent because a value it needs (an id, a token) was missing at run time. */
    public static final int SCENARIO_ERROR = -1;

    /** A scenario error of the step {@code endpointKey}: {@code POST /visits: petId not captured}. */
    public static RequestOutcome scenarioError(
            String endpointKey, java.util.Collection<String> missing, long atNanos, String flow) {
        return new RequestOutcome(scenarioErrorName(endpointKey, missing), atNanos, 0, SCENARIO_ERROR, flow);
    }

    /** How a scenario error is named in every report: the step and what it lacked. */
    public static String scenarioErrorName(String endpointKey, java.util.Collection<String> missing) {
        return endpointKey + ": " + String.join(", ", missing) + " not captured";
    }

    /** Errors: no response, or a 4xx/5xx status. A scenario error is not a request and not an error of the target. */
    public boolean failed() {
        return status == NO_RESPONSE || status >= 400;
    }

    public boolean isScenarioError() {
        return status == SCENARIO_ERROR;
    }

    /**
     * Not a request: the generator's own delay at {@code sentNanos} (an outside engine's event loop woke that late).
     */
    public static final int GENERATOR_LAG = -2;
    /** Not a request: users the generator gave up on at {@code sentNanos} ({@code latencyNanos} holds how many). */
    public static final int DROPPED = -3;

    public static RequestOutcome generatorLag(long atNanos, long lagNanos) {
        return new RequestOutcome("", atNanos, lagNanos, GENERATOR_LAG, null);
    }

    public static RequestOutcome dropped(long atNanos, long users) {
        return new RequestOutcome("", atNanos, users, DROPPED, null);
    }

    /** A report of the generator about itself (its lag, users it dropped), not a request. */
    public boolean isGeneratorReport() {
        return status == GENERATOR_LAG || status == DROPPED;
    }
}
