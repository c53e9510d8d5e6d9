package dev.benchpilot.bench;

import io.gatling.app.Gatling$;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs {@link RawGatlingSimulation} once: {@code java -Dbench.url=… -Dbench.rps=… -Dbench.seconds=… RawGatling
 * RESULTS_DIR}.
 * Gatling writes its HTML report with {@code js/stats.json} (count, percentiles) under RESULTS_DIR.
 */
public final class RawGatling {

    private RawGatling() {}

    public static void main(String[] args) throws Exception {
        Path results = Files.createDirectories(Path.of(args[0]));
        System.setProperty("gatling.data.enableAnalytics", "false");
        int status = Gatling$.MODULE$.fromArgs(
                new String[] {"-s", RawGatlingSimulation.class.getName(), "-rf", results.toString()});
        System.exit(status);
    }
}
