package dev.benchpilot.tools.probe;

import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Step;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The pre-test baseline: every endpoint of the flows requested one at a time, with nothing else
 * running, until each has {@code samplesPerEndpoint} answers. Flows are walked in order with every step
 * taken, so ids and tokens come from real earlier responses as under load. First every flow is walked
 * {@code 2 × samplesPerEndpoint} times and discarded, so a cold target (JIT, connection pools, caches) does
 * not pass for a slow one. Bounded: at most {@code samplesPerEndpoint × 6} walks of each flow, each request by
 * {@link #REQUEST_TIMEOUT} at most, and the whole baseline by {@link #BUDGET}: a slow or silent target gets a shorter
 * baseline (said in {@link Result#budgetSpent()}), never a longer run.
 */
public final class NoLoadBaseline {

    /** The longest one baseline request may take (less when the run's own request timeout is shorter). */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    /** The longest the whole baseline, warm-up included, may take. */
    public static final Duration BUDGET = Duration.ofSeconds(30);

    private final HttpClient client;
    private final String base;
    private final Credentials credentials;
    private final Duration timeout;
    private final Map<String, Histogram> latencies = new TreeMap<>();
    private final Map<String, Long> failures = new TreeMap<>();
    private long sent;
    private final long deadlineNanos;

    private NoLoadBaseline(URI baseUrl, Credentials credentials, Duration timeout, long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.base = baseUrl.toString().replaceAll("/+$", "");
        this.credentials = credentials;
        this.timeout = timeout;
    }

    /**
     * @param byEndpoint  latency of each endpoint key; an endpoint that never answered is absent
     * @param overall     every endpoint's latencies weighted by its share of requests in the flow mix, so it compares
     *                    with the "under load" figures of the same mix (not skewed by how often each endpoint was
     *                    sampled)
     * @param failed      requests that failed (no answer, or status 400 and above), by endpoint key
     * @param budgetSpent the baseline stopped at its time budget before every endpoint had its samples
     */
    public record Result(
            Map<String, LatencySummary> byEndpoint,
            LatencySummary overall,
            long requests,
            Map<String, Long> failed,
            boolean budgetSpent) {

        public Result(
                Map<String, LatencySummary> byEndpoint,
                LatencySummary overall,
                long requests,
                Map<String, Long> failed) {
            this(byEndpoint, overall, requests, failed, false);
        }
    }

    public static Result measure(
            URI baseUrl, ScenarioSet scenarios, Credentials credentials, int samplesPerEndpoint, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + BUDGET.toNanos();
        Duration requestTimeout = timeout.compareTo(REQUEST_TIMEOUT) < 0 ? timeout : REQUEST_TIMEOUT;
        // the warm-up may use a third of the budget; what it leaves goes to the measured walks
        NoLoadBaseline warmUp =
                new NoLoadBaseline(baseUrl, credentials, requestTimeout, System.nanoTime() + BUDGET.toNanos() / 3);
        for (Flow flow : scenarios.flows()) {
            for (int walk = 0; walk < samplesPerEndpoint * 2 && !warmUp.overBudget(); walk++) {
                warmUp.walk(flow);
            }
        }
        NoLoadBaseline baseline = new NoLoadBaseline(baseUrl, credentials, requestTimeout, deadline);
        boolean spent = false;
        for (Flow flow : scenarios.flows()) {
            for (int walk = 0; walk < samplesPerEndpoint * 4 && !baseline.enough(flow, samplesPerEndpoint); walk++) {
                if (baseline.overBudget()) {
                    spent = true;
                    break;
                }
                baseline.walk(flow);
            }
        }
        Map<String, LatencySummary> byEndpoint = new LinkedHashMap<>();
        baseline.latencies.forEach((key, histogram) -> byEndpoint.put(key, LatencySummary.of(histogram)));
        long requests = baseline.sent;
        return new Result(
                byEndpoint,
                LatencySummary.of(weighted(baseline.latencies, scenarios.requestShares())),
                requests,
                Map.copyOf(baseline.failures),
                spent);
    }

    private boolean overBudget() {
        return System.nanoTime() >= deadlineNanos;
    }

    /** A histogram in which each endpoint holds its share of the mix (10,000 weighted samples in all). */
    static Histogram weighted(Map<String, Histogram> byEndpoint, Map<String, Double> shares) {
        Histogram mix = LatencySummary.newHistogramMicros();
        byEndpoint.forEach((key, histogram) -> {
            double share = shares.getOrDefault(key, 0.0);
            long total = histogram.getTotalCount();
            for (var value : histogram.recordedValues()) {
                long count = Math.round(10_000 * share * value.getCountAtValueIteratedTo() / total);
                if (count > 0) {
                    mix.recordValueWithCount(value.getValueIteratedTo(), count);
                }
            }
        });
        return mix;
    }

    private boolean enough(Flow flow, int samples) {
        return flow.steps().stream().allMatch(step -> count(step.endpointKey()) >= samples);
    }

    private long count(String key) {
        Histogram histogram = latencies.get(key);
        return (histogram == null ? 0 : histogram.getTotalCount()) + failures.getOrDefault(key, 0L);
    }

    private void walk(Flow flow) throws InterruptedException {
        Map<String, String> variables = new HashMap<>();
        for (Step step : flow.steps()) {
            if (overBudget()) {
                return;
            }
            StepCall.Prepared prepared = StepCall.prepare(base, flow, step, variables, credentials, timeout);
            if (prepared.request() == null) {
                failures.merge(step.endpointKey(), 1L, Long::sum);
                return;
            }
            long started = System.nanoTime();
            sent++;
            try {
                HttpResponse<String> response = client.send(prepared.request(), HttpResponse.BodyHandlers.ofString());
                long micros = Math.max(1, (System.nanoTime() - started) / 1000);
                latencies
                        .computeIfAbsent(step.endpointKey(), k -> LatencySummary.newHistogramMicros())
                        .recordValue(micros);
                if (response.statusCode() >= 400) {
                    failures.merge(step.endpointKey(), 1L, Long::sum);
                }
                ResponseCaptures.apply(step, response, variables);
            } catch (IOException e) {
                failures.merge(step.endpointKey(), 1L, Long::sum);
                return;
            }
        }
    }
}
