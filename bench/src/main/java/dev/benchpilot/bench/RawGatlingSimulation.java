package dev.benchpilot.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Plain Gatling, without benchpilot's hooks, running the same simulation benchpilot plans for a service with one
 * list endpoint (bench/generator's OpenAPI), with its baseline's ramp ({@code bench.ramp} seconds from a tenth of
 * the rate):
 * users arrive at rate / 0.3 per second, 30% of them send GET /items and then
 * think 0.3-1 s, over shared keep-alive connections. Gatling's own statistics report it.
 */
public final class RawGatlingSimulation extends Simulation {

    public RawGatlingSimulation() {
        String url = System.getProperty("bench.url");
        double rps = Double.parseDouble(System.getProperty("bench.rps"));
        int seconds = Integer.parseInt(System.getProperty("bench.seconds"));
        int ramp = Integer.parseInt(System.getProperty("bench.ramp", "0"));
        double share = 0.3;
        var visit = scenario("read items")
                .exec(doIf(session -> ThreadLocalRandom.current().nextDouble() < share)
                        .then(exec(http("GET /items").get("/items"))
                                .pause(Duration.ofMillis(300), Duration.ofMillis(1000))));
        var users = ramp == 0
                ? visit.injectOpen(constantUsersPerSec(rps / share).during(Duration.ofSeconds(seconds)))
                : visit.injectOpen(
                        rampUsersPerSec(rps / 10 / share).to(rps / share).during(Duration.ofSeconds(ramp)),
                        constantUsersPerSec(rps / share).during(Duration.ofSeconds(seconds - ramp)));
        setUp(users)
                .protocols(http.baseUrl(url)
                        .shareConnections()
                        .disableWarmUp()
                        .disableCaching()
                        .acceptHeader("application/json")
                        .userAgentHeader("raw-gatling"))
                .maxDuration(Duration.ofSeconds(seconds + 20));
    }
}
