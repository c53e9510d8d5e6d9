package dev.benchpilot.bench;

import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.RequestOutcome;
import dev.benchpilot.tools.metrics.RequestRecorder;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.Stage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What benchpilot's own recording costs per request on the load generator, next to a bare HdrHistogram
 * record: compare the ratio, not the absolute figure (noisy 2-core machines).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RecorderBenchmark {

    private static final String[] ENDPOINTS = {
        "GET /api/products",
        "GET /api/products/{id}",
        "POST /api/cart/add",
        "GET /api/cart",
        "POST /api/checkout",
        "GET /api/dashboard",
        "POST /api/login"
    };

    private RequestRecorder recorder;
    private Histogram bare;
    private long start;

    @Setup
    public void setUp() {
        start = System.nanoTime();
        LoadProfile profile = new LoadProfile(
                LoadPattern.BASELINE,
                100,
                List.of(
                        Stage.ramp("ramp-up", Duration.ofSeconds(10), 10, 100),
                        Stage.constant("steady", Duration.ofHours(1), 100)));
        recorder = new RequestRecorder(start, profile, Duration.ofSeconds(3));
        bare = LatencySummary.newHistogramMicros();
    }

    @Benchmark
    public void bareHistogramRecord() {
        synchronized (this) {
            bare.recordValue(ThreadLocalRandom.current().nextLong(200, 50_000));
        }
    }

    @Benchmark
    public void recorderRecord() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        recorder.record(new RequestOutcome(
                ENDPOINTS[random.nextInt(ENDPOINTS.length)],
                System.nanoTime(),
                random.nextLong(200_000, 50_000_000),
                200));
    }

    @Benchmark
    @Threads(2)
    public void recorderRecordTwoThreads() {
        recorderRecord();
    }
}
