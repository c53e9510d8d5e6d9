package dev.benchpilot.examples.calibration;

import java.util.Locale;

/**
 * How a calibration target behaves.
 *
 * @param mode            pool, cpu, leak or latency
 * @param permits         pool mode: requests served at once
 * @param serviceMillis   pool and leak modes: how long each request holds its permit (sleeping, no CPU)
 * @param workers         cpu mode: threads doing the CPU work
 * @param workMillis      cpu mode: CPU time per request on one core
 * @param leakBytes       leak mode: bytes kept per request (bounded by {@code leakCapBytes})
 * @param medianMillis    latency mode: median service time
 * @param p99Millis       latency mode: 99th percentile service time
 * @param queueTimeoutMillis a request waiting longer than this for a permit or a worker gets 503
 */
public record CalibrationConfig(
        int port,
        String mode,
        int permits,
        double serviceMillis,
        int workers,
        double workMillis,
        int leakBytes,
        long leakCapBytes,
        double medianMillis,
        double p99Millis,
        long queueTimeoutMillis) {

    public static final String POOL = "pool";
    public static final String CPU = "cpu";
    public static final String LEAK = "leak";
    public static final String LATENCY = "latency";

    public CalibrationConfig {
        mode = mode.toLowerCase(Locale.ROOT);
        if (!(mode.equals(POOL) || mode.equals(CPU) || mode.equals(LEAK) || mode.equals(LATENCY))) {
            throw new IllegalArgumentException("unknown mode '" + mode + "' (expected pool, cpu, leak or latency)");
        }
        if (permits < 1
                || workers < 1
                || serviceMillis < 0
                || workMillis <= 0
                || medianMillis <= 0
                || p99Millis < medianMillis) {
            throw new IllegalArgumentException(
                    "permits and workers must be positive, times non-negative, p99 at least the median");
        }
    }

    public static CalibrationConfig pool(int permits, double serviceMillis) {
        return defaults().with(POOL, permits, serviceMillis);
    }

    public static CalibrationConfig cpu(int workers, double workMillis) {
        CalibrationConfig d = defaults();
        return new CalibrationConfig(
                d.port,
                CPU,
                d.permits,
                d.serviceMillis,
                workers,
                workMillis,
                d.leakBytes,
                d.leakCapBytes,
                d.medianMillis,
                d.p99Millis,
                d.queueTimeoutMillis);
    }

    public static CalibrationConfig leak(int bytesPerRequest) {
        CalibrationConfig d = defaults();
        return new CalibrationConfig(
                d.port,
                LEAK,
                64,
                2,
                d.workers,
                d.workMillis,
                bytesPerRequest,
                d.leakCapBytes,
                d.medianMillis,
                d.p99Millis,
                d.queueTimeoutMillis);
    }

    public static CalibrationConfig latency(double medianMillis, double p99Millis) {
        CalibrationConfig d = defaults();
        return new CalibrationConfig(
                d.port,
                LATENCY,
                d.permits,
                d.serviceMillis,
                d.workers,
                d.workMillis,
                d.leakBytes,
                d.leakCapBytes,
                medianMillis,
                p99Millis,
                d.queueTimeoutMillis);
    }

    public static CalibrationConfig defaults() {
        return new CalibrationConfig(
                0, POOL, 8, 20, Runtime.getRuntime().availableProcessors(), 5, 10_240, 512L << 20, 10, 50, 2_000);
    }

    private CalibrationConfig with(String newMode, int newPermits, double newServiceMillis) {
        return new CalibrationConfig(
                port,
                newMode,
                newPermits,
                newServiceMillis,
                workers,
                workMillis,
                leakBytes,
                leakCapBytes,
                medianMillis,
                p99Millis,
                queueTimeoutMillis);
    }

    public CalibrationConfig withPort(int newPort) {
        return new CalibrationConfig(
                newPort,
                mode,
                permits,
                serviceMillis,
                workers,
                workMillis,
                leakBytes,
                leakCapBytes,
                medianMillis,
                p99Millis,
                queueTimeoutMillis);
    }

    /** The true capacity in requests per second, or null when the mode has no set limit. */
    public Double capacityRps() {
        return switch (mode) {
            case POOL, LEAK -> serviceMillis > 0 ? permits * 1000.0 / serviceMillis : null;
            case CPU -> workers * 1000.0 / workMillis;
            default -> null;
        };
    }

    /**
     * Parses {@code --port N --mode pool --permits 8 --service-ms 20 --workers 2 --work-ms 5 --leak-bytes 10240
     * --median-ms 10 --p99-ms 50}.
     */
    public static CalibrationConfig parse(String[] args) {
        CalibrationConfig c = defaults();
        int port = c.port;
        String mode = c.mode;
        int permits = c.permits;
        double service = c.serviceMillis;
        int workers = c.workers;
        double work = c.workMillis;
        int leak = c.leakBytes;
        double median = c.medianMillis;
        double p99 = c.p99Millis;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value);
                case "--mode" -> mode = value;
                case "--permits" -> permits = Integer.parseInt(value);
                case "--service-ms" -> service = Double.parseDouble(value);
                case "--workers" -> workers = Integer.parseInt(value);
                case "--work-ms" -> work = Double.parseDouble(value);
                case "--leak-bytes" -> leak = Integer.parseInt(value);
                case "--median-ms" -> median = Double.parseDouble(value);
                case "--p99-ms" -> p99 = Double.parseDouble(value);
                case "--exit-on-stdin-close" -> {
                    continue;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            i++;
        }
        return new CalibrationConfig(
                port, mode, permits, service, workers, work, leak, c.leakCapBytes, median, p99, c.queueTimeoutMillis);
    }
}
