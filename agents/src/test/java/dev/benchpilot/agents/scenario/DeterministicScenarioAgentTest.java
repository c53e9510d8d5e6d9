package dev.benchpilot.agents.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ValueSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeterministicScenarioAgentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Endpoint endpoint(String method, String path, Boolean auth, String sampleJson) throws Exception {
        Endpoint.RequestBody body = sampleJson == null
                ? null
                : new Endpoint.RequestBody("application/json", "Body", Map.of(), JSON.readTree(sampleJson));
        return new Endpoint(method, path, List.of(), body, auth, "Shop.java:1", "test");
    }

    static List<Endpoint> shop() throws Exception {
        return List.of(
                endpoint("GET", "/health", false, null),
                endpoint("POST", "/api/login", false, "{\"username\":\"user1\",\"password\":\"password\"}"),
                endpoint("GET", "/api/products", false, null),
                endpoint("GET", "/api/products/{id}", false, null),
                endpoint("POST", "/api/cart/add", false, "{\"productId\":1,\"quantity\":1}"),
                endpoint("GET", "/api/cart", true, null),
                endpoint("POST", "/api/checkout", true, null),
                endpoint("GET", "/api/dashboard", true, null));
    }

    private static Flow flow(ScenarioSet set, String name) {
        return set.flows().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void flows_are_named_after_the_service_own_resources_with_the_reference_weights() throws Exception {
        ScenarioDraft draft =
                new DeterministicScenarioAgent().design(new ScenarioRequest(shop(), LoadPattern.BASELINE, 50, true));
        ScenarioSet set = draft.scenarios();

        assertThat(set.flows())
                .extracting(Flow::name, Flow::weight)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("browse products", 60),
                        org.assertj.core.groups.Tuple.tuple("visitors: cart/add", 25),
                        org.assertj.core.groups.Tuple.tuple("members: cart, checkout", 10),
                        org.assertj.core.groups.Tuple.tuple("power users: dashboard", 5));
        assertThat(draft.skipped()).containsExactly("GET /health: infrastructure endpoint, not user traffic");
        assertThat(set.notes()).contains("writes: posts to cart/add, checkout; changes and deletes nothing");
    }

    @Test
    void detail_pages_use_ids_captured_from_the_list_response() throws Exception {
        ScenarioSet set = new DeterministicScenarioAgent()
                .design(new ScenarioRequest(shop(), LoadPattern.BASELINE, 50, true))
                .scenarios();
        List<Step> browse = flow(set, "browse products").steps();

        assertThat(browse.get(0).captures()).containsEntry("productId", "$[*].id || $.*[*].id || $..id");
        assertThat(browse.get(1).pathTemplate()).isEqualTo("/api/products/{{productId}}");
        assertThat(browse.get(1).endpointKey()).isEqualTo("GET /api/products/{id}");
        assertThat(browse.get(1).probability()).isEqualTo(0.7);
    }

    @Test
    void members_log_in_capture_the_token_and_add_before_they_check_out() throws Exception {
        ScenarioSet set = new DeterministicScenarioAgent()
                .design(new ScenarioRequest(shop(), LoadPattern.BASELINE, 50, true))
                .scenarios();
        List<Step> member = flow(set, "members: cart, checkout").steps();

        assertThat(member)
                .extracting(Step::endpointKey)
                .containsExactly(
                        "POST /api/login",
                        "GET /api/products",
                        "POST /api/cart/add",
                        "GET /api/cart",
                        "POST /api/checkout");
        assertThat(member.get(0).captures())
                .containsEntry(
                        Step.TOKEN_VARIABLE, "$..token || $..access_token || $..accessToken || $..id_token || $..jwt");
        assertThat(member.get(0).variables())
                .containsValue(new ValueSource.Credential(ValueSource.Credential.Part.PASSWORD));
        assertThat(member.get(0).bodyTemplate()).doesNotContain("password\"}").contains("{{password}}");
        assertThat(member.subList(1, member.size())).allMatch(Step::authenticated);
        assertThat(member.get(2).bodyTemplate())
                .isEqualTo("{\"productId\": {{productId}}, \"quantity\": {{quantity}}}");
        assertThat(member.get(2).variables()).containsEntry("quantity", new ValueSource.RandomInt(1, 5));
    }

    @Test
    void without_credentials_auth_endpoints_are_left_out_and_said_why() throws Exception {
        ScenarioDraft draft =
                new DeterministicScenarioAgent().design(new ScenarioRequest(shop(), LoadPattern.BASELINE, 50, false));

        assertThat(draft.scenarios().flows())
                .extracting(Flow::name)
                .containsExactly("browse products", "visitors: cart/add");
        assertThat(draft.skipped())
                .contains("GET /api/dashboard: needs auth: pass --credentials user:password "
                        + "or --auth-header \"Authorization: Bearer ...\"");
    }

    @Test
    void endpoints_nothing_can_reach_are_a_clear_error() throws Exception {
        assertThatThrownBy(() -> new DeterministicScenarioAgent()
                        .design(new ScenarioRequest(
                                List.of(endpoint("GET", "/api/orders/{id}", false, null)),
                                LoadPattern.BASELINE,
                                10,
                                false)))
                .hasMessageContaining("no endpoint can be exercised");
    }

    @Test
    void a_static_auth_header_replaces_the_login_step() throws Exception {
        ScenarioSet set = new DeterministicScenarioAgent()
                .design(new ScenarioRequest(shop(), LoadPattern.BASELINE, 50, false, true))
                .scenarios();
        Flow member = flow(set, "members: cart, checkout");

        assertThat(member.steps())
                .extracting(Step::endpointKey)
                .doesNotContain("POST /api/login")
                .contains("GET /api/cart", "POST /api/checkout");
        assertThat(member.logsIn()).isFalse();
        assertThat(member.steps().stream().filter(Step::authenticated)).isNotEmpty();
        assertThat(flow(set, "power users: dashboard").steps())
                .extracting(Step::endpointKey)
                .containsExactly("GET /api/dashboard");
        assertThat(set.notes()).anyMatch(n -> n.contains("--auth-header"));
    }

    /** A RealWorld-style API: users register and log in with nested bodies, articles have free text. */
    static List<Endpoint> blog() throws Exception {
        return List.of(
                endpoint(
                        "POST",
                        "/api/users",
                        false,
                        "{\"user\":{\"username\":\"user1\",\"email\":\"user@example.com\",\"password\":\"password\"}}"),
                endpoint(
                        "POST",
                        "/api/users/login",
                        false,
                        "{\"user\":{\"email\":\"user@example.com\",\"password\":\"password\"}}"),
                endpoint("GET", "/api/articles", false, null),
                endpoint("GET", "/api/articles/{slug}", false, null),
                endpoint("GET", "/api/user", true, null),
                endpoint(
                        "POST",
                        "/api/articles",
                        true,
                        "{\"article\":{\"title\":\"text\",\"description\":\"text\",\"body\":\"text\",\"tagList\":[\"text\"],\"count\":2}}"));
    }

    @Test
    void without_a_test_user_members_sign_up_a_generated_user_and_log_in_with_it() throws Exception {
        ScenarioDraft draft =
                new DeterministicScenarioAgent().design(new ScenarioRequest(blog(), LoadPattern.BASELINE, 20, false));
        List<Step> member = flow(draft.scenarios(), "members: user").steps();
        List<Step> journey = flow(draft.scenarios(), "articles: create-read").steps();

        assertThat(member)
                .extracting(Step::endpointKey)
                .startsWith("POST /api/users", "POST /api/users/login")
                .contains("GET /api/user");
        assertThat(journey)
                .extracting(Step::endpointKey)
                .containsExactly(
                        "POST /api/users", "POST /api/users/login", "POST /api/articles", "GET /api/articles/{slug}");
        assertThat(journey.get(2).captures())
                .containsEntry("articleSlug", "$.slug || $.article.slug || $.data.slug || header:Location");
        Step signUp = member.get(0);
        assertThat(signUp.bodyTemplate())
                .isEqualTo("{\"user\": {\"username\": \"{{username}}\", \"email\": \"{{username}}@example.test\", "
                        + "\"password\": \"{{password}}\"}}");
        assertThat(signUp.variables())
                .containsEntry("username", new ValueSource.RandomString("bp", 10))
                .containsEntry("password", new ValueSource.RandomString("Bp1-", 12));
        Step login = member.get(1);
        assertThat(login.bodyTemplate())
                .isEqualTo("{\"user\": {\"email\": \"{{username}}@example.test\", \"password\": \"{{password}}\"}}");
        assertThat(login.variables()).isEmpty();
        assertThat(login.captures()).containsKey(Step.TOKEN_VARIABLE);
        assertThat(draft.scenarios().notes()).anyMatch(n -> n.contains("signs up a generated user at POST /api/users"));
        assertThat(draft.scenarios().flows())
                .flatExtracting(Flow::steps)
                .extracting(Step::endpointKey)
                .filteredOn("POST /api/users"::equals)
                .hasSize(2); // only as the sign-up of the two member flows, never as a plain write
    }

    @Test
    void text_fields_get_realistic_values_and_other_fields_keep_their_valid_sample() throws Exception {
        ScenarioSet set = new DeterministicScenarioAgent()
                .design(new ScenarioRequest(blog(), LoadPattern.BASELINE, 20, false))
                .scenarios();
        Step write = flow(set, "articles: create-read").steps().stream()
                .filter(s -> s.endpointKey().equals("POST /api/articles"))
                .findFirst()
                .orElseThrow();

        assertThat(write.bodyTemplate())
                .isEqualTo("{\"article\": {\"title\": \"{{title}}\", \"description\": \"{{description}}\", "
                        + "\"body\": \"{{body}}\", \"tagList\": [\"text\"], \"count\": {{count}}}}");
        ValueSource.OneOf titles = (ValueSource.OneOf) write.variables().get("title");
        assertThat(titles.values())
                .hasSizeGreaterThanOrEqualTo(8)
                .doesNotHaveDuplicates()
                .allMatch(t -> !t.isBlank() && t.length() <= 40 && !t.contains("\"") && !t.equals("text"));
        assertThat(write.variables().get("description")).isInstanceOf(ValueSource.OneOf.class);
        assertThat(write.variables()).containsEntry("count", new ValueSource.RandomInt(1, 5));
        // the same plan twice draws the same values: plans are reproducible
        ScenarioSet again = new DeterministicScenarioAgent()
                .design(new ScenarioRequest(blog(), LoadPattern.BASELINE, 20, false))
                .scenarios();
        assertThat(again).isEqualTo(set);
    }

    /**
     * The shape of spring-petclinic-rest (its own OpenAPI): nested pets, a pet refers to its type, a visit to its pet.
     */
    static List<Endpoint> clinic() throws Exception {
        String owner = "{\"firstName\":\"George\",\"lastName\":\"Franklin\"}";
        String pet = "{\"name\":\"Leo\",\"birthDate\":\"2010-09-07\",\"type\":{\"name\":\"cat\",\"id\":1}}";
        return List.of(
                endpoint("GET", "/api/owners", false, null),
                endpoint("POST", "/api/owners", false, owner),
                endpoint("GET", "/api/owners/{ownerId}", false, null),
                endpoint("PUT", "/api/owners/{ownerId}", false, owner),
                endpoint("DELETE", "/api/owners/{ownerId}", false, null),
                endpoint("POST", "/api/owners/{ownerId}/pets", false, pet),
                endpoint("GET", "/api/owners/{ownerId}/pets/{petId}", false, null),
                endpoint("GET", "/api/pets", false, null),
                endpoint("PUT", "/api/pets/{petId}", false, pet),
                endpoint("DELETE", "/api/pets/{petId}", false, null),
                endpoint("GET", "/api/pettypes", false, null),
                endpoint("GET", "/api/pettypes/{petTypeId}", false, null),
                endpoint(
                        "POST",
                        "/api/visits",
                        false,
                        "{\"date\":\"2013-01-01\",\"description\":\"rabies shot\",\"pet_id\":1}"),
                endpoint("DELETE", "/api/visits/{visitId}", false, null),
                endpoint("PUT", "/api/settings", false, "{\"open\":true}"),
                endpoint("GET", "/api/oops", false, null));
    }

    private static ScenarioDraft clinicDraft(boolean writeExisting) throws Exception {
        return new DeterministicScenarioAgent()
                .design(new ScenarioRequest(clinic(), LoadPattern.BASELINE, 50, false, false, writeExisting));
    }

    @Test
    void journeys_create_read_update_and_delete_the_same_entity_nested_ones_under_an_owner_they_created()
            throws Exception {
        ScenarioSet set = clinicDraft(false).scenarios();
        List<Step> owners = flow(set, "owners: create-read-update-delete").steps();
        List<Step> pets = flow(set, "pets: create-read-update-delete").steps();

        assertThat(owners)
                .extracting(Step::method, Step::pathTemplate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("POST", "/api/owners"),
                        org.assertj.core.groups.Tuple.tuple("GET", "/api/owners/{{ownerId}}"),
                        org.assertj.core.groups.Tuple.tuple("PUT", "/api/owners/{{ownerId}}"),
                        org.assertj.core.groups.Tuple.tuple("DELETE", "/api/owners/{{ownerId}}"));
        assertThat(owners.get(0).captures())
                .containsEntry("ownerId", "$.id || $.ownerId || $.owner_id || $.data.id || header:Location");
        assertThat(pets)
                .extracting(Step::method, Step::pathTemplate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("POST", "/api/owners"),
                        org.assertj.core.groups.Tuple.tuple("GET", "/api/pettypes"),
                        org.assertj.core.groups.Tuple.tuple("POST", "/api/owners/{{ownerId}}/pets"),
                        org.assertj.core.groups.Tuple.tuple("GET", "/api/owners/{{ownerId}}/pets/{{petId}}"),
                        org.assertj.core.groups.Tuple.tuple("PUT", "/api/pets/{{petId}}"),
                        org.assertj.core.groups.Tuple.tuple("DELETE", "/api/pets/{{petId}}"),
                        org.assertj.core.groups.Tuple.tuple("DELETE", "/api/owners/{{ownerId}}"));
        assertThat(pets.get(2).captures())
                .containsEntry("petId", "$.id || $.petId || $.pet_id || $.data.id || header:Location");
    }

    @Test
    void references_in_a_body_take_an_id_from_a_list_or_a_create() throws Exception {
        ScenarioSet set = clinicDraft(false).scenarios();
        List<Step> pets = flow(set, "pets: create-read-update-delete").steps();
        Step visit = set.flows().stream()
                .flatMap(f -> f.steps().stream())
                .filter(s -> s.endpointKey().equals("POST /api/visits"))
                .findFirst()
                .orElseThrow();

        assertThat(pets.get(1).captures()).containsEntry("petTypeId", "$[*].id || $.*[*].id || $..id");
        assertThat(pets.get(2).bodyTemplate()).contains("\"type\": {\"name\": \"cat\", \"id\": {{petTypeId}}}");
        assertThat(pets.get(4).bodyTemplate())
                .as("the update keeps the type reference")
                .contains("{{petTypeId}}");
        assertThat(visit.bodyTemplate()).contains("\"pet_id\": {{petId}}");
    }

    @Test
    void writes_go_only_to_what_the_journey_created_unless_asked() throws Exception {
        ScenarioDraft safe = clinicDraft(false);
        ScenarioDraft asked = clinicDraft(true);

        for (Flow flow : safe.scenarios().flows()) {
            for (Step step : flow.steps()) {
                if (step.method().equals("PUT")
                        || step.method().equals("PATCH")
                        || step.method().equals("DELETE")) {
                    assertThat(WriteSummary.ownWrite(flow, step))
                            .as(flow.name() + ": " + step.endpointKey())
                            .isTrue();
                }
            }
        }
        assertThat(safe.skipped())
                .contains(
                        "PUT /api/settings: changes data that existed before the run (it names no entity of its own); "
                                + "pass --write-existing to include it");
        assertThat(safe.scenarios().notes())
                .contains("writes: creates owners, pets, visits; changes and deletes only what it created");
        assertThat(asked.scenarios().flows())
                .flatExtracting(Flow::steps)
                .extracting(Step::endpointKey)
                .contains("PUT /api/settings");
        assertThat(asked.scenarios().notes())
                .anyMatch(n ->
                        n.contains("changes data that existed before the run (--write-existing): PUT /api/settings"));
    }

    /**
     * The Swagger petstore takes ids from its clients: its sample {@code "id": 10} made every journey create (so
     * replace)
     * pet 10, which existed before the run, and then delete it. Users are named by their username.
     */
    @Test
    void a_create_never_carries_a_sampled_id_and_an_entity_named_by_username_is_updated_by_it() throws Exception {
        List<Endpoint> petstore = List.of(
                endpoint(
                        "POST",
                        "/api/v3/pet",
                        false,
                        "{\"id\":10,\"name\":\"doggie\",\"category\":{\"id\":1,\"name\":\"Dogs\"}}"),
                endpoint("GET", "/api/v3/pet/{petId}", false, null),
                endpoint("PUT", "/api/v3/pet", false, "{\"id\":10,\"name\":\"doggie\"}"),
                endpoint("DELETE", "/api/v3/pet/{petId}", false, null),
                endpoint(
                        "POST",
                        "/api/v3/user",
                        false,
                        "{\"id\":10,\"username\":\"theUser\",\"email\":\"john@email.com\"}"),
                endpoint(
                        "PUT",
                        "/api/v3/user/{username}",
                        false,
                        "{\"id\":10,\"username\":\"theUser\",\"email\":\"john@email.com\"}"),
                endpoint("GET", "/api/v3/user/{username}", false, null));
        ScenarioSet set = new DeterministicScenarioAgent()
                .design(new ScenarioRequest(petstore, LoadPattern.BASELINE, 50, false))
                .scenarios();
        List<Step> pets = flow(set, "pet: create-read-update-delete").steps();
        List<Step> users = flow(set, "user: create-read-update").steps();

        assertThat(pets.get(0).bodyTemplate()).startsWith("{\"id\": {{id}}, ").contains("\"category\": {\"id\": 1,");
        assertThat(pets.get(0).variables())
                .containsEntry("id", new ValueSource.RandomInt(1_000_000_000L, 1_999_999_999L));
        assertThat(pets)
                .extracting(Step::method, Step::pathTemplate)
                .contains(org.assertj.core.groups.Tuple.tuple("PUT", "/api/v3/pet"));
        assertThat(pets.get(2).bodyTemplate())
                .as("the update by body names the created pet")
                .startsWith("{\"id\": {{petId}}, ");
        assertThat(set.notes()).contains("writes: creates pet, user; changes and deletes only what it created");
        assertThat(users.get(0).captures())
                .containsEntry("userUsername", "$.username || $.data.username || header:Location");
        assertThat(users.get(2).pathTemplate()).isEqualTo("/api/v3/user/{{userUsername}}");
        assertThat(users.get(2).bodyTemplate())
                .contains("\"username\": \"{{userUsername}}\"")
                .doesNotContain("\"id\": {{userUsername}}")
                .as("never the sampled id 10, which may name another user")
                .startsWith("{\"id\": {{id}}, ");
        assertThat(users.get(2).variables()).containsEntry("id", ValueSource.RandomInt.FRESH_ID);
    }

    /**
     * Quarkus' Panache quickstart: the same fruits in two tables, one per path. An id of one is not an id of the other.
     */
    @Test
    void collections_of_one_name_under_different_paths_are_different_resources() throws Exception {
        List<Endpoint> endpoints = new java.util.ArrayList<>();
        for (String scope : List.of("entity", "repository")) {
            endpoints.add(endpoint("GET", "/" + scope + "/fruits", false, null));
            endpoints.add(endpoint("POST", "/" + scope + "/fruits", false, "{\"name\":\"Cherry\"}"));
            endpoints.add(endpoint("GET", "/" + scope + "/fruits/{id}", false, null));
            endpoints.add(endpoint("PUT", "/" + scope + "/fruits/{id}", false, "{\"name\":\"Cherry\"}"));
            endpoints.add(endpoint("DELETE", "/" + scope + "/fruits/{id}", false, null));
        }
        ScenarioSet set = new DeterministicScenarioAgent()
                .design(new ScenarioRequest(endpoints, LoadPattern.BASELINE, 50, false))
                .scenarios();

        assertThat(set.flows())
                .extracting(Flow::name)
                .containsExactly(
                        "browse entity/fruits",
                        "browse repository/fruits",
                        "entity/fruits: create-read-update-delete",
                        "repository/fruits: create-read-update-delete");
        assertThat(flow(set, "repository/fruits: create-read-update-delete").steps())
                .extracting(Step::pathTemplate)
                .containsExactly(
                        "/repository/fruits",
                        "/repository/fruits/{{repositoryFruitId}}",
                        "/repository/fruits/{{repositoryFruitId}}",
                        "/repository/fruits/{{repositoryFruitId}}");
        Step create =
                flow(set, "entity/fruits: create-read-update-delete").steps().get(0);
        assertThat(create.variables().get("name"))
                .as("a new entity's name is often unique: a fresh one per create")
                .isEqualTo(new ValueSource.RandomString("bp", 10));
    }

    /**
     * JHipster: {@code POST /api/account} rewrote the test user's e-mail and name; change-password would change its
     * password.
     */
    @Test
    void posts_that_change_the_signed_in_account_are_left_out_unless_asked() throws Exception {
        List<Endpoint> endpoints = List.of(
                endpoint("POST", "/api/authenticate", null, "{\"username\":\"user1\",\"password\":\"password\"}"),
                endpoint("GET", "/api/labels", null, null),
                endpoint("GET", "/api/labels/{id}", null, null),
                endpoint("POST", "/api/account", null, "{\"login\":\"user1\",\"email\":\"user@example.com\"}"),
                endpoint(
                        "POST",
                        "/api/account/change-password",
                        null,
                        "{\"currentPassword\":\"a\",\"newPassword\":\"b\"}"));
        ScenarioDraft safe =
                new DeterministicScenarioAgent().design(new ScenarioRequest(endpoints, LoadPattern.BASELINE, 50, true));
        ScenarioDraft asked = new DeterministicScenarioAgent()
                .design(new ScenarioRequest(endpoints, LoadPattern.BASELINE, 50, true, false, true));

        assertThat(safe.scenarios().flows())
                .flatExtracting(Flow::steps)
                .extracting(Step::endpointKey)
                .doesNotContain("POST /api/account", "POST /api/account/change-password");
        assertThat(safe.skipped())
                .anyMatch(s -> s.startsWith("POST /api/account: changes the signed-in account"))
                .anyMatch(s -> s.startsWith("POST /api/account/change-password: changes the signed-in account"));
        assertThat(flow(safe.scenarios(), "browse labels").steps())
                .as("unknown auth: the given test user signs in first")
                .extracting(Step::endpointKey)
                .startsWith("POST /api/authenticate", "GET /api/labels");
        assertThat(asked.scenarios().flows())
                .flatExtracting(Flow::steps)
                .extracting(Step::endpointKey)
                .contains("POST /api/account");
    }
}
