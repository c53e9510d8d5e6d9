package dev.benchpilot.examples.calibration;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the calibration target: {@code CalibrationApiMain --mode pool --permits 8 --service-ms 20 [--port N]
 * [--exit-on-stdin-close]}.
 */
public final class CalibrationApiMain {

    private CalibrationApiMain() {}

    public static void main(String[] args) throws InterruptedException {
        CalibrationConfig config;
        try {
            config = CalibrationConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("calibration-api: " + e.getMessage());
            System.err.println(
                    "usage: CalibrationApiMain [--port N] [--mode pool|cpu|leak|latency] [--permits N] [--service-ms "
                            + "MS] "
                            + "[--workers N] [--work-ms MS] [--leak-bytes N] [--median-ms MS] [--p99-ms MS] "
                            + "[--exit-on-stdin-close]");
            System.exit(2);
            return;
        }
        CalibrationApi api = CalibrationApi.start(config);
        System.out.println("calibration-api listening on " + api.baseUrl() + " pid="
                + ProcessHandle.current().pid() + " mode=" + config.mode() + " capacityRps=" + config.capacityRps());
        System.out.flush();
        if (Arrays.asList(args).contains("--exit-on-stdin-close")) {
            try {
                while (System.in.read() >= 0) {
                    // only the end of input matters
                }
            } catch (IOException e) {
                // the parent is gone
            }
            api.close();
            System.exit(0);
        }
        new CountDownLatch(1).await();
    }
}
