package dev.benchpilot.tools.metrics;

/**
 * One finished request as an engine saw it.
 *
 * @param endpointKey   {@code GET /api/products/{id}}
 * @param sentNanos     {@link System#nanoTime()} when it was sent (or, for k6, the equivalent offset)
 * @param latencyNanos  time from send to the last byte of the response, or to the failure
 * @param status        the HTTP status, or 0 when no response arrived (connect error, timeout, request not built)
 * @param flow          the flow that sent it, or null when the engine does not say
 */
public record RequestOutcome(String endpointKey, long sentNanos, long latencyNanos, int status, String flow) {

    /** A request whose flow is not known. */
    public RequestOutcome(String endpointKey, long sentNanos, long latencyNanos, int status) {
        this(endpointKey, sentNanos, latencyNanos, status, null);
    }

    public static final int NO_RESPONSE = 0;

    /** Errors: no response, or a 4xx/5xx status. */
    public boolean failed() {
        return status == NO_RESPONSE || status >= 400;
    }
}
