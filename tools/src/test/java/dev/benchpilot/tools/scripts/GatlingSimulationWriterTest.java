package dev.benchpilot.tools.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatlingSimulationWriterTest {

    private static final ScriptWriter GATLING = ScriptWriters.byTool("gatling").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void simulation_compiles_against_the_gatling_java_dsl() throws Exception {
        assertThat(JavaCompilation.errors(dir, GATLING.fileName(), GATLING.write(ScriptFixtures.shop())))
                .isEmpty();
    }

    @Test
    void flows_without_a_login_send_the_static_header_read_at_run_time() throws Exception {
        String source = GATLING.write(ScriptFixtures.staticAuth());
        assertThat(source)
                .contains(
                        "setting(\"benchpilot.authHeader\", \"BENCHPILOT_AUTH_HEADER\")",
                        ".header(AUTH_NAME, AUTH_VALUE)")
                .doesNotContain("Bearer #{token}");
        assertThat(JavaCompilation.errors(dir, GATLING.fileName(), source)).isEmpty();
    }

    @Test
    void a_journey_capturing_from_the_body_or_the_location_header_compiles_with_the_first_alternative_checked_last()
            throws Exception {
        dev.benchpilot.tools.scenario.Step create = new dev.benchpilot.tools.scenario.Step(
                "POST /owners",
                "POST",
                "/owners",
                1.0,
                "{\"lastName\": \"F\"}",
                java.util.Map.of(),
                java.util.Map.of("ownerId", "$.id || header:Location"),
                false,
                true);
        dev.benchpilot.tools.scenario.Step delete = new dev.benchpilot.tools.scenario.Step(
                "DELETE /owners/{id}",
                "DELETE",
                "/owners/{{ownerId}}",
                1.0,
                null,
                java.util.Map.of(),
                java.util.Map.of(),
                false,
                false);
        ScriptSpec shop = ScriptFixtures.shop();
        ScriptSpec spec = new ScriptSpec(
                shop.baseUrl(),
                new ScenarioSet(
                        java.util.List.of(new Flow("owners: create-delete", "", 1, java.util.List.of(create, delete))),
                        shop.scenarios().thinkTime(),
                        java.util.List.of()),
                shop.profile(),
                shop.requestTimeout());
        String source = GATLING.write(spec);

        assertThat(source.indexOf("header(\"Location\")"))
                .isPositive()
                .isLessThan(source.indexOf("jsonPath(\"$.id\")"));
        assertThat(source).contains("lastSegment(value)");
        assertThat(JavaCompilation.errors(dir, GATLING.fileName(), source)).isEmpty();
    }

    @Test
    void simulation_compiles_whatever_text_the_spec_holds() throws Exception {
        assertThat(JavaCompilation.errors(dir, GATLING.fileName(), GATLING.write(ScriptFixtures.hostile())))
                .isEmpty();
    }

    @Test
    void injects_each_flows_users_per_second_stage_by_stage() {
        ScriptSpec spec = ScriptFixtures.shop();
        ScenarioSet scenarios = spec.scenarios();
        Flow checkout = scenarios.flows().get(1);
        double usersPerSecond = scenarios.usersPerSecondFor(10) * scenarios.shareOf(checkout);
        assertThat(scenarios.shareOf(checkout)).isEqualTo(0.4);
        assertThat(scenarios.expectedRequestsPerUser()).isEqualTo(2.5);
        assertThat(usersPerSecond).isCloseTo(10 * 0.4 / 2.5, within(1e-12));
        assertThat(GATLING.write(spec))
                .contains("checkoutFlow().injectOpen(rampUsersPerSec(0.0).to(1.6).during(Duration.ofSeconds(5)), "
                        + "constantUsersPerSec(1.6).during(Duration.ofSeconds(20)))")
                .contains("browseFlow().injectOpen(rampUsersPerSec(0.0).to(2.4).during(Duration.ofSeconds(5)), "
                        + "constantUsersPerSec(2.4).during(Duration.ofSeconds(20)))");
    }

    @Test
    void writes_templates_in_gatling_el_and_captures_with_json_path() {
        String source = GATLING.write(ScriptFixtures.shop());
        assertThat(source)
                .contains("http(\"GET /api/products/{id}\").get(\"/api/products/#{productId}\")")
                .contains(".body(StringBody(\"{\\\"productId\\\": #{productId}, \\\"quantity\\\": "
                        + "#{quantity}}\")).asJson()")
                .contains("jsonPath(\"$..id\").findRandom().optional().saveAs(\"productId\")")
                .contains("jsonPath(\"$.token\").find().optional().saveAs(\"token\")")
                .contains(".header(\"Authorization\", \"Bearer #{token}\")");
    }

    @Test
    void runs_optional_steps_by_chance_and_pauses_after_thinking_steps() {
        String source = GATLING.write(ScriptFixtures.shop());
        assertThat(source)
                .contains("doIf(session -> ThreadLocalRandom.current().nextDouble() < 0.5).then(")
                .contains(".pause(THINK_MIN, THINK_MAX)")
                .contains("THINK_MIN = Duration.ofMillis(300)")
                .contains("THINK_MAX = Duration.ofSeconds(1)");
    }

    @Test
    void draws_variables_into_the_session_and_ends_journeys_missing_a_captured_value() {
        String source = GATLING.write(ScriptFixtures.shop());
        assertThat(source)
                .contains("session.set(\"note\", oneOf(\"gift\", \"self\")).set(\"quantity\", "
                        + "ThreadLocalRandom.current().nextLong(1L, 6L))")
                .contains("session.set(\"password\", PASSWORD).set(\"username\", USERNAME)")
                .contains("exitHereIf(session -> !session.contains(\"productId\") || !session.contains(\"token\"))");
    }

    @Test
    void reads_the_base_url_and_the_test_user_at_run_time() {
        String source = GATLING.write(ScriptFixtures.shop());
        assertThat(source)
                .contains("System.getProperty(\"baseUrl\", \"http://127.0.0.1:8080\").replaceAll(\"/+$\", \"\")")
                .contains("setting(\"benchpilot.username\", \"BENCHPILOT_USERNAME\")")
                .contains("setting(\"benchpilot.password\", \"BENCHPILOT_PASSWORD\")")
                .contains("http.baseUrl(BASE_URL)");
    }

    @Test
    void uses_the_generic_request_for_methods_without_a_shorthand_and_unique_scenario_names() {
        String source = GATLING.write(ScriptFixtures.hostile());
        assertThat(source)
                .contains("http(\"PURGE /cache\").httpRequest(\"PURGE\", \"/cache\")")
                .contains("scenario(\"class\")")
                .contains("scenario(\"class (2)\")")
                .contains("classFlow()")
                .contains("classFlow2()")
                .contains(".during(Duration.ofMillis(1500))")
                .contains(".during(Duration.ofSeconds(3660))");
    }
}
