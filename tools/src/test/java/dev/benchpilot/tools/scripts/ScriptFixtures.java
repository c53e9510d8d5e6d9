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

/** Specs the writer tests share. */
final class ScriptFixtures {

    static final String BASE_URL = "http://127.0.0.1:8080";

    private ScriptFixtures() {}

    /**
     * A shop: browse (weight 3: list, then detail of a random listed product half the time; 1.5 requests) and
     * checkout (weight 2, so 40%: login, list, add to cart, checkout; 4 requests). 0.6 x 1.5 + 0.4 x 4 = 2.5
     * requests per arriving user. Profile: ramp 0 to 10 rps over 5 s, then 10 rps for 20 s.
     */
    static ScriptSpec shop() {
        return new ScriptSpec(
                BASE_URL,
                shopScenarios(),
                new LoadProfile(
                        LoadPattern.BASELINE,
                        10,
                        List.of(
                                Stage.ramp("ramp-up", Duration.ofSeconds(5), 0, 10),
                                Stage.constant("steady", Duration.ofSeconds(20), 10))),
                Duration.ofSeconds(10));
    }

    static ScenarioSet shopScenarios() {
        Step list = new Step(
                "GET /api/products",
                "GET",
                "/api/products",
                1.0,
                null,
                Map.of(),
                Map.of("productId", "$..id"),
                false,
                true);
        Step detail = new Step(
                "GET /api/products/{id}",
                "GET",
                "/api/products/{{productId}}",
                0.5,
                null,
                Map.of(),
                Map.of(),
                false,
                true);
        Step login = new Step(
                "POST /api/login",
                "POST",
                "/api/login",
                1.0,
                "{\"username\": \"{{username}}\", \"password\": \"{{password}}\"}",
                Map.of(
                        "username",
                        new ValueSource.Credential(ValueSource.Credential.Part.USERNAME),
                        "password",
                        new ValueSource.Credential(ValueSource.Credential.Part.PASSWORD)),
                Map.of("token", "$.token"),
                false,
                true);
        Step add = new Step(
                "POST /api/cart/items",
                "POST",
                "/api/cart/items",
                1.0,
                "{\"productId\": {{productId}}, \"quantity\": {{quantity}}}",
                Map.of(
                        "quantity",
                        new ValueSource.RandomInt(1, 5),
                        "note",
                        new ValueSource.OneOf(List.of("gift", "self"))),
                Map.of(),
                true,
                true);
        Step checkout =
                new Step("POST /api/checkout", "POST", "/api/checkout", 1.0, null, Map.of(), Map.of(), true, false);
        return new ScenarioSet(
                List.of(
                        new Flow("browse", "look around", 3, List.of(list, detail)),
                        new Flow("checkout", "log in and buy", 2, List.of(login, list, add, checkout))),
                new ThinkTime(Duration.ofMillis(300), Duration.ofSeconds(1)),
                List.of());
    }

    /** The shop's checkout without its login: its authenticated steps send the run's static header. */
    static ScriptSpec staticAuth() {
        ScriptSpec shop = shop();
        Flow checkout = shop.scenarios().flows().get(1);
        Flow signedIn = new Flow(
                "checkout",
                "signed in by a static header",
                2,
                checkout.steps().subList(1, checkout.steps().size()));
        return new ScriptSpec(
                BASE_URL,
                new ScenarioSet(
                        List.of(shop.scenarios().flows().get(0), signedIn),
                        shop.scenarios().thinkTime(),
                        List.of()),
                shop.profile(),
                shop.requestTimeout());
    }

    /** Text that breaks naive string building in every place the spec reaches the output. */
    static ScriptSpec hostile() {
        String nasty = "a\"b'c`d\\e${x}#{y}*/ /* \u2028\u2029\n\r\t\u0000\u007f é 😀 \\u000a \\u002a/ </script>";
        Step step = new Step(
                "GET /x " + nasty,
                "get",
                "/x/{{id}}?q=" + nasty,
                0.25,
                "{\"v\": \"" + nasty + "\", \"id\": {{id}}}",
                Map.of(
                        "id",
                        new ValueSource.RandomInt(-3, 3),
                        nasty,
                        new ValueSource.RandomString(nasty, 4),
                        "tag",
                        new ValueSource.OneOf(List.of(nasty, "plain"))),
                Map.of("token", "$..token", "other", "$." + nasty),
                true,
                true);
        Step custom = new Step("PURGE /cache", "PURGE", "/cache", 1.0, null, Map.of(), Map.of(), false, false);
        ScenarioSet scenarios = new ScenarioSet(
                List.of(
                        new Flow(nasty, nasty, 1, List.of(step, custom)),
                        new Flow("class", "a keyword as a name", 1, List.of(custom)),
                        new Flow("class", "the same name again", 1, List.of(custom))),
                new ThinkTime(Duration.ofMillis(0), Duration.ofMillis(1500)),
                List.of());
        return new ScriptSpec(
                "http://h/" + nasty,
                scenarios,
                new LoadProfile(
                        LoadPattern.SPIKE,
                        3.3,
                        List.of(
                                Stage.constant("normal " + nasty, Duration.ofMillis(1500), 3.3),
                                Stage.constant("spike", Duration.ofMinutes(61), 33))),
                Duration.ofMillis(2500));
    }
}
