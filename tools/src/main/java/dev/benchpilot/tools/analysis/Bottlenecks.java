package dev.benchpilot.tools.analysis;

import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What saturated first, and in what order: for each measured level, from the lowest rate up, the target's
 * resources over the level's window are checked against saturation rules; each resource is reported at the
 * first level where it saturated, with the measured evidence. When a level broke on latency and no resource
 * saturated at that or any higher measured rate, the cause is outside what was sampled (a downstream call or lock
 * contention), and that is said; when a resource saturated at the next rates, it is named first (see {@link
 * #saturatedNext}).
 * Sampling once a second sees a busy pool below its size at some instants, hence {@link #POOL_FULL} under 1.
 */
public final class Bottlenecks {

    public static final double CPU_BUSY = 0.85;
    /** A pool is saturated when on average at least this share of it is in use while requests wait for it. */
    public static final double POOL_FULL = 0.90;

    public static final double FDS_NEAR_LIMIT = 0.90;
    /** Waiting for a connection this large a share of the mean latency makes the pool the bottleneck. */
    public static final double ACQUIRE_SHARE = 0.25;
    /** ... or this large a share of the rise of the mean latency over no load. */
    public static final double RISE_SHARE = 0.50;

    public static final double MIN_ACQUIRE_MILLIS = 0.5;

    /** @param atRps the offered rate of the first level where it was seen */
    public record Bottleneck(String resource, String evidence, double atRps) {}

    private Bottlenecks() {}

    /**
     * @param levels  the judged levels, lowest rate first ({@link CapacityEstimate#levels})
     * @param samples the target's resources, in time order; empty when nothing was sampled
     * @param extra   further evidence for a latency rise without saturation (e.g. lock contention from JFR), or null
     * @param noLoadMeanMs the mean latency with no load, to tell how much of a rise waiting for a connection
     *     explains; or null
     */
    public static List<Bottleneck> of(
            List<CapacityEstimate.Level> levels, List<TargetSample> samples, String extra, Double noLoadMeanMs) {
        List<Bottleneck> found = new ArrayList<>();
        for (CapacityEstimate.Level level : levels) {
            StageMetrics stage = level.stage();
            List<TargetSample> window = samples.stream()
                    .filter(s -> s.seconds() >= stage.windowStartSeconds() && s.seconds() <= stage.windowEndSeconds())
                    .toList();
            pool(window, stage, found, noLoadMeanMs);
            cpu(window, stage, found);
            fds(window, stage, found);
            boolean latencySignal = level.signals().stream().anyMatch(s -> s.startsWith("p95"));
            if (latencySignal && found.isEmpty() && !window.isEmpty()) {
                found.add(new Bottleneck(
                        "latency",
                        "p95 rose at " + fmt(stage.offeredRps()) + " rps (" + String.join("; ", level.signals())
                                + ") with no saturated CPU, pool or fds on the target: a downstream dependency or "
                                + "lock contention"
                                + (extra == null ? "" : "; " + extra),
                        stage.offeredRps()));
            }
        }
        return saturatedNext(found);
    }

    /**
     * A latency break with nothing saturated yet, followed at a higher measured rate by a resource that did
     * saturate, was
     * that resource filling up (a pool at 85-90% already queues): it is named first, with the earlier break as
     * evidence.
     * Only when nothing saturates at any measured rate does "latency, nothing saturated" stand.
     */
    private static List<Bottleneck> saturatedNext(List<Bottleneck> found) {
        if (found.size() < 2 || !found.get(0).resource().equals("latency")) {
            return found;
        }
        Bottleneck latency = found.get(0);
        Bottleneck next = found.get(1);
        List<Bottleneck> ordered = new ArrayList<>();
        ordered.add(new Bottleneck(
                next.resource(),
                next.evidence() + "; p95 had already broken at " + fmt(latency.atRps())
                        + " rps as it filled, before it measured saturated",
                latency.atRps()));
        ordered.addAll(found.subList(2, found.size()));
        return ordered;
    }

    private static void pool(
            List<TargetSample> window, StageMetrics stage, List<Bottleneck> found, Double noLoadMeanMs) {
        if (seen(found, "connection pool")) {
            return;
        }
        Double active = mean(window, TargetSample::poolActive);
        Double max = mean(window, TargetSample::poolMax);
        Double pending = mean(window, TargetSample::poolPending);
        Double peakPending = peak(window, TargetSample::poolPending);
        if (active != null && max != null && max > 0 && pending != null) {
            boolean waiting = pending >= 1 || peakPending != null && peakPending >= 1;
            if (active >= POOL_FULL * max && waiting) {
                found.add(new Bottleneck(
                        "connection pool",
                        String.format(
                                Locale.ROOT,
                                "at %s rps the pool was full: %.1f of %.0f connections active on average, %.1f "
                                        + "requests waiting on average (peak %.0f)",
                                fmt(stage.offeredRps()),
                                active,
                                max,
                                pending,
                                peakPending),
                        stage.offeredRps()));
                return;
            }
        }
        Double acquire = mean(window, TargetSample::poolAcquireMillis);
        Double utilisation = mean(window, TargetSample::poolUtilisation);
        double meanLatency = stage.latencyMs() == null ? 0 : stage.latencyMs().mean();
        double rise = noLoadMeanMs == null ? 0 : meanLatency - noLoadMeanMs;
        boolean materialRise = noLoadMeanMs != null && rise >= Math.max(1.0, 0.2 * noLoadMeanMs);
        boolean explainsRise = materialRise && acquire != null && acquire >= RISE_SHARE * rise;
        if (acquire != null
                && meanLatency > 0
                && acquire >= MIN_ACQUIRE_MILLIS
                && (acquire >= ACQUIRE_SHARE * meanLatency || explainsRise)) {
            found.add(new Bottleneck(
                    "connection pool",
                    String.format(
                            Locale.ROOT,
                            "at %s rps requests waited %.1f ms on average for a database connection, %.0f%% of their "
                                    + "%.1f ms mean latency%s%s",
                            fmt(stage.offeredRps()),
                            acquire,
                            100 * acquire / meanLatency,
                            meanLatency,
                            materialRise
                                    ? String.format(
                                            Locale.ROOT,
                                            " and %.0f%% of its %.1f ms rise over no load",
                                            100 * Math.min(1, acquire / rise),
                                            rise)
                                    : "",
                            utilisation == null
                                    ? ""
                                    : String.format(
                                            Locale.ROOT, "; the pool was busy %.0f%% of the time", utilisation * 100)),
                    stage.offeredRps()));
        }
    }

    private static void cpu(List<TargetSample> window, StageMetrics stage, List<Bottleneck> found) {
        Double cpu = mean(window, TargetSample::cpuFraction);
        if (!seen(found, "cpu") && cpu != null && cpu >= CPU_BUSY) {
            found.add(new Bottleneck(
                    "cpu",
                    String.format(
                            Locale.ROOT,
                            "at %s rps the target used %.0f%% of all cores on average",
                            fmt(stage.offeredRps()),
                            cpu * 100),
                    stage.offeredRps()));
        }
    }

    private static void fds(List<TargetSample> window, StageMetrics stage, List<Bottleneck> found) {
        Double open = peak(window, TargetSample::openFds);
        Double limit = mean(window, TargetSample::fdLimit);
        if (!seen(found, "file descriptors")
                && open != null
                && limit != null
                && limit > 0
                && open >= FDS_NEAR_LIMIT * limit) {
            found.add(new Bottleneck(
                    "file descriptors",
                    String.format(
                            Locale.ROOT,
                            "at %s rps %.0f of %.0f file descriptors were open",
                            fmt(stage.offeredRps()),
                            open,
                            limit),
                    stage.offeredRps()));
        }
    }

    private static boolean seen(List<Bottleneck> found, String resource) {
        return found.stream().anyMatch(b -> b.resource().equals(resource));
    }

    private static Double mean(List<TargetSample> window, Function<TargetSample, Double> field) {
        var values = window.stream().map(field).filter(v -> v != null).mapToDouble(Double::doubleValue);
        var mean = values.average();
        return mean.isPresent() ? mean.getAsDouble() : null;
    }

    private static Double peak(List<TargetSample> window, Function<TargetSample, Double> field) {
        var max = window.stream()
                .map(field)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max();
        return max.isPresent() ? max.getAsDouble() : null;
    }

    private static String fmt(double value) {
        return Numbers.plain(value);
    }
}
