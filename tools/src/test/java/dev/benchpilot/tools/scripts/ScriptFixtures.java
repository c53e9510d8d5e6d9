package dev.benchpilot.tools.scripts;

import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Stage;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ThinkTime;
import dev.benchpilot.tools.scenario.ValueSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;

final class ScriptFixtures {

    private ScriptFixtures() {
    }

    static ScriptSpec spec() {
        Step list = new Step("GET /api/products", "GET", "/api/products", 1.0, null, Map.of(), Map.of("productId", "$..id"), false, true);
        Step detail = new Step("GET /api/products/{id}", "GET", "/api/products/{{productId}}", 0.5, null, Map.of(), Map.of(), false, true);
        Step login = new Step("POST /api/login", "POST", "/api/login", 1.0, "{\"username\": \"{{username}}\", \"password\": \"{{password}}\"}",
                Map.of("username", new ValueSource.Credential(ValueSource.Credential.Part.USERNAME),
                        "password", new ValueSource.Credential(ValueSource.Credential.Part.PASSWORD)), Map.of("token", "$.token"), false, true);
        Step add = new Step("POST /api/cart/add", "POST", "/api/cart/add", 1.0, "{\"productId\": {{productId}}, \"quantity\": {{quantity}}}",
                Map.of("quantity", new ValueSource.RandomInt(1, 5)), Map.of(), true, true);
        Step checkout = new Step("POST /api/checkout", "POST", "/api/checkout", 1.0, null, Map.of(), Map.of(), true, false);
        ScenarioSet scenarios = new ScenarioSet(List.of(new Flow("browsing", "browse", 3, List.of(list, detail)),
                new Flow("member-checkout", "buy \"things\"", 2, List.of(login, list, add, checkout))),
                new ThinkTime(Duration.ofMillis(300), Duration.ofMillis(1000)), List.of());
        LoadProfile profile = new LoadProfile(LoadPattern.BASELINE, 10, List.of(Stage.ramp("ramp-up", Duration.ofSeconds(5), 0, 10),
                Stage.constant("steady", Duration.ofSeconds(20), 10), Stage.constant("burst", Duration.ofSeconds(5), 40)));
        return new ScriptSpec("http://127.0.0.1:8080", scenarios, profile, Duration.ofSeconds(10));
    }
}
