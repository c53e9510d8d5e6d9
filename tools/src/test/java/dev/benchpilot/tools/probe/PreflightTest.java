package dev.benchpilot.tools.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ThinkTime;
import dev.benchpilot.tools.scenario.ValueSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreflightTest {

    static Step step(String method, String endpointPath, String path, String body, Map<String, String> captures) {
        return new Step(method + " " + endpointPath, method, path, 1.0, body, Map.of(), captures, false, false);
    }

    static ScenarioSet clinicFlows() {
        // an owner's id from the create's body, its pet's only from Location (nested under the owner), the pet's type
        // from a list, the visit's pet from the create: references in bodies from a list and from a create
        Flow journey = new Flow(
                "owners: create-read-delete",
                "",
                1,
                List.of(
                        step(
                                "POST",
                                "/owners",
                                "/owners",
                                "{\"lastName\": \"Franklin\"}",
                                Map.of("ownerId", "$.id || header:Location")),
                        step("GET", "/pettypes", "/pettypes", null, Map.of("petTypeId", "$[*].id || $..id")),
                        step(
                                "POST",
                                "/owners/{ownerId}/pets",
                                "/owners/{{ownerId}}/pets",
                                "{\"type\": {\"id\": {{petTypeId}}}}",
                                Map.of("petId", "$.id || header:Location")),
                        step(
                                "GET",
                                "/owners/{ownerId}/pets/{petId}",
                                "/owners/{{ownerId}}/pets/{{petId}}",
                                null,
                                Map.of()),
                        step(
                                "POST",
                                "/visits",
                                "/visits",
                                "{\"petId\": {{petId}}}",
                                Map.of("visitId", "$.id || header:Location")),
                        step("DELETE", "/visits/{visitId}", "/visits/{{visitId}}", null, Map.of()),
                        step("DELETE", "/pets/{petId}", "/pets/{{petId}}", null, Map.of()),
                        step("DELETE", "/owners/{ownerId}", "/owners/{{ownerId}}", null, Map.of())));
        Flow browse = new Flow(
                "browse owners",
                "",
                1,
                List.of(
                        step("GET", "/owners", "/owners", null, Map.of("ownerId", "$[*].id || $..id")),
                        step("GET", "/owners/{ownerId}", "/owners/{{ownerId}}", null, Map.of()),
                        step("GET", "/oops", "/oops", null, Map.of())));
        Flow visit = new Flow(
                "visits", "", 1, List.of(step("POST", "/visits", "/visits", "{\"petId\": {{petId}}}", Map.of())));
        return new ScenarioSet(List.of(journey, browse, visit), new ThinkTime(Duration.ZERO, Duration.ZERO), List.of());
    }

    @Test
    void steps_that_fail_without_load_are_left_out_and_said_with_their_answer() throws Exception {
        try (ClinicTarget clinic = new ClinicTarget()) {
            Preflight.Result result = Preflight.walk(clinic.baseUrl(), clinicFlows(), null, Duration.ofSeconds(5));

            assertThat(result.failures())
                    .extracting(Preflight.Failure::endpointKey, Preflight.Failure::status)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("GET /oops", 500),
                            org.assertj.core.groups.Tuple.tuple("POST /visits", -1));
            assertThat(result.failures().get(0).describe()).contains("HTTP 500", "this endpoint always fails");
            assertThat(result.failures().get(1).describe()).contains("petId not captured");
            assertThat(result.dropped()).containsExactly("visits");
            assertThat(result.scenarios().flows())
                    .extracting(Flow::name)
                    .containsExactly("owners: create-read-delete", "browse owners");
            assertThat(result.scenarios().flows().get(1).steps())
                    .extracting(Step::endpointKey)
                    .containsExactly("GET /owners", "GET /owners/{ownerId}");
        }
    }

    @Test
    void ids_come_from_a_create_body_and_from_a_location_header() throws Exception {
        try (ClinicTarget clinic = new ClinicTarget()) {
            Preflight.Result result = Preflight.walk(clinic.baseUrl(), clinicFlows(), null, Duration.ofSeconds(5));

            // the pet's id is only in Location: the read, the visit and the delete by it worked, so they stay in the
            // load
            assertThat(result.scenarios().flows().get(0).steps()).hasSize(8);
            assertThat(result.failures()).noneMatch(f -> f.flow().startsWith("owners"));
            assertThat(clinic.writes).contains("DELETE pet 102", "DELETE owner 101");
            assertThat(clinic.visitsMade.get())
                    .as("the visit for the created pet was made")
                    .isOne();
            assertThat(clinic.visits()).as("and deleted").isZero();
            assertThat(clinic.owners()).isEqualTo(ClinicTarget.OWNERS_BEFORE.size());
        }
    }

    @Test
    void under_load_a_listed_id_is_one_that_existed_before_the_run() throws Exception {
        try (ClinicTarget clinic = new ClinicTarget()) {
            Step list = Preflight.walk(clinic.baseUrl(), clinicFlows(), null, Duration.ofSeconds(5))
                    .scenarios()
                    .flows()
                    .get(1)
                    .steps()
                    .get(0);
            ScenarioSet clean = new ScenarioSet(
                    List.of(new Flow(
                            "browse owners",
                            "",
                            1,
                            clinicFlows().flows().get(1).steps().subList(0, 2))),
                    clinicFlows().thinkTime(),
                    List.of());
            Step fromCleanFlow = Preflight.walk(clinic.baseUrl(), clean, null, Duration.ofSeconds(5))
                    .scenarios()
                    .flows()
                    .get(0)
                    .steps()
                    .get(0);

            assertThat(list.captures()).doesNotContainKey("ownerId");
            assertThat(list.variables().get("ownerId")).isEqualTo(new ValueSource.OneOf(List.of("1", "2", "3")));
            assertThat(fromCleanFlow.variables())
                    .as("a flow with no failing step is pinned too")
                    .containsKey("ownerId");
        }
    }

    @Test
    void a_create_refused_for_bringing_its_own_id_is_sent_without_it() throws Exception {
        Step create = new Step(
                "POST /owners",
                "POST",
                "/owners",
                1.0,
                "{\"id\": {{id}}, \"lastName\": \"Franklin\"}",
                Map.of("id", ValueSource.RandomInt.FRESH_ID),
                Map.of("ownerId", "$.id"),
                false,
                false);
        Step delete = step("DELETE", "/owners/{ownerId}", "/owners/{{ownerId}}", null, Map.of());
        ScenarioSet scenarios = new ScenarioSet(
                List.of(new Flow("owners", "", 1, List.of(create, delete))),
                clinicFlows().thinkTime(),
                List.of());
        try (ClinicTarget clinic = new ClinicTarget()) {
            Preflight.Result result = Preflight.walk(clinic.baseUrl(), scenarios, null, Duration.ofSeconds(5));

            assertThat(result.failures()).isEmpty();
            Step sent = result.scenarios().flows().get(0).steps().get(0);
            assertThat(sent.bodyTemplate()).isEqualTo("{\"lastName\": \"Franklin\"}");
            assertThat(sent.variables()).doesNotContainKey("id");
            assertThat(clinic.owners()).isEqualTo(ClinicTarget.OWNERS_BEFORE.size());
        }
    }

    @Test
    void an_error_body_that_echoes_a_secret_is_redacted_before_it_reaches_a_report() {
        var credentials = new dev.benchpilot.tools.scenario.Credentials("tester", "s3cret-pw");

        String excerpt = Preflight.excerpt(Preflight.redacted(
                "{\"input\": {\"password\": \"s3cret-pw\", \"token\": \"tok-123456\"}}",
                Preflight.secrets(Map.of("token", "tok-123456", "name", "Leo"), credentials)));

        assertThat(excerpt)
                .doesNotContain("s3cret-pw")
                .doesNotContain("tok-123456")
                .contains("***");
    }
}
