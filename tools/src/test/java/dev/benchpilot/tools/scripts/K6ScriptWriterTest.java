package dev.benchpilot.tools.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.analysis.Sla;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ThinkTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class K6ScriptWriterTest {

    private static final ScriptWriter K6 = ScriptWriters.byTool("k6").orElseThrow();

    /** k6's imports replaced: requests are recorded; responses by path; Math.random fixed so optional steps run. */
    private static final String STUBS = stubs("{ BENCHPILOT_USERNAME: 'bob', BENCHPILOT_PASSWORD: 'from-env' }");

    private static String stubs(String environment) {
        return "const __ENV = " + environment + ";\n" + """
            const sent = [];
            const groups = [];
            function group(name, fn) { groups.push(name); return fn(); }
            const RESPONSES = { '/api/login': { token: 't-1' }, '/api/products': [{ id: 7, name: 'a' }, { id: 9, name: 'b' }] };
            const http = {
              request(method, url, body, params) {
                sent.push({ method, url, body, name: params.tags.name, auth: params.headers.Authorization || null, timeout: params.timeout,
                  key: params.headers['X-Api-Key'] });
                const path = url.substring('http://127.0.0.1:8080'.length);
                const json = RESPONSES[path] === undefined ? {} : RESPONSES[path];
                return { status: 200, json: () => json };
              },
            };
            function check(res, checks) { return Object.values(checks).every((f) => f(res)); }
            const scenarioErrors = [];
            class Counter { constructor(name) { this.name = name; } add(n, tags) { scenarioErrors.push(this.name + ' ' + tags.name + ': ' + tags.missing); } }
            function sleep(seconds) { sent.push({ slept: seconds >= 0.3 && seconds <= 1 }); }
            Math.random = () => 0.1;
            """;
    }

    @TempDir
    Path dir;

    @Test
    void script_is_valid_javascript() throws Exception {
        Path script = dir.resolve("load-test.mjs");
        Files.writeString(script, K6.write(ScriptFixtures.shop()));
        Node.run("--check", script.toString());
    }

    @Test
    void script_is_valid_javascript_whatever_text_the_spec_holds() throws Exception {
        Path script = dir.resolve("hostile.mjs");
        Files.writeString(script, K6.write(ScriptFixtures.hostile()));
        Node.run("--check", script.toString());
    }

    @Test
    void stages_are_each_flows_users_per_minute_when_per_second_rates_are_fractional() {
        ScriptSpec spec = ScriptFixtures.shop();
        ScenarioSet scenarios = spec.scenarios();
        Flow checkout = scenarios.flows().get(1);
        long perMinute = Math.round(scenarios.usersPerSecondFor(10) * scenarios.shareOf(checkout) * 60);
        assertThat(perMinute).isEqualTo(Math.round(10 * 0.4 / 2.5 * 60)).isEqualTo(96);
        String script = K6.write(spec);
        assertThat(script)
                .contains("""
                    checkoutFlow: {
                      executor: 'ramping-arrival-rate',
                      exec: 'checkoutFlow',
                      startRate: 0,
                      timeUnit: '1m',
                """)
                .contains("""
                      stages: [
                        { target: 96, duration: '5s' }, // ramp-up: 0 -> 1.6 users/s
                        { target: 96, duration: '20s' }, // steady: 1.6 users/s
                      ],
                """)
                .contains("{ target: 144, duration: '5s' }, // ramp-up: 0 -> 2.4 users/s");
    }

    @Test
    void sizes_virtual_users_from_the_peak_rate_and_the_journey() {
        // checkout at 1.6 users/s: typical 3 pauses x 0.65 s + 4 requests x 1 s = 5.95 s -> 10 VUs;
        // worst 3 pauses x 1 s + 4 requests x 10 s timeout = 43 s -> 69 VUs
        assertThat(K6.write(ScriptFixtures.shop())).contains("""
                      preAllocatedVUs: 10,
                      maxVUs: 69,
                """);
    }

    @Test
    void jumps_between_constant_levels_with_zero_length_stages() {
        String script = K6.write(ScriptFixtures.hostile());
        // 3.3 rps over 3 flows of 1.0833 requests per user: 1.015385 users/s each, not whole per minute -> per hour
        assertThat(script)
                .contains("startRate: 3655,")
                .contains("timeUnit: '1h',")
                .contains("{ target: 3655, duration: '1500ms' }")
                .contains("{ target: 36554, duration: '0s' },\n        { target: 36554, duration: '1h1m' }");
    }

    @Test
    void reads_the_base_url_and_the_test_user_from_the_environment() {
        assertThat(K6.write(ScriptFixtures.shop()))
                .contains("k6 run -e BASE_URL=http://127.0.0.1:8080 -e BENCHPILOT_USERNAME=... -e "
                        + "BENCHPILOT_PASSWORD=... load-test.js")
                .contains("const BASE_URL = (__ENV.BASE_URL || 'http://127.0.0.1:8080')")
                .contains("const USERNAME = __ENV.BENCHPILOT_USERNAME || '';")
                .contains("const PASSWORD = __ENV.BENCHPILOT_PASSWORD || '';");
    }

    @Test
    void checkout_journey_logs_in_captures_and_sends_the_token() throws Exception {
        String output = Node.runK6(
                dir, K6.write(ScriptFixtures.shop()), STUBS, "checkoutFlow();\nconsole.log(JSON.stringify(sent));");
        assertThat(output.trim())
                .isEqualTo("["
                        + "{\"method\":\"POST\",\"url\":\"http://127.0.0.1:8080/api/login\",\"body\":\"{\\\"username\\\": \\\"bob\\\", \\\"password\\\": \\\"from-env\\\"}\","
                        + "\"name\":\"POST /api/login\",\"auth\":null,\"timeout\":\"10s\"},{\"slept\":true},"
                        + "{\"method\":\"GET\",\"url\":\"http://127.0.0.1:8080/api/products\",\"body\":null,\"name\":\"GET /api/products\",\"auth\":null,\"timeout\":\"10s\"},{\"slept\":true},"
                        + "{\"method\":\"POST\",\"url\":\"http://127.0.0.1:8080/api/cart/items\",\"body\":\"{\\\"productId\\\": 7, \\\"quantity\\\": 1}\","
                        + "\"name\":\"POST /api/cart/items\",\"auth\":\"Bearer "
                        + "t-1\",\"timeout\":\"10s\"},{\"slept\":true},"
                        + "{\"method\":\"POST\",\"url\":\"http://127.0.0.1:8080/api/checkout\",\"body\":null,\"name\":\"POST /api/checkout\",\"auth\":\"Bearer t-1\",\"timeout\":\"10s\"}"
                        + "]");
    }

    @Test
    void browse_journey_opens_a_product_picked_from_the_list() throws Exception {
        String output = Node.runK6(
                dir,
                K6.write(ScriptFixtures.shop()),
                STUBS,
                "browseFlow();\nconsole.log(sent.filter((r) => r.url).map((r) => r.method + ' ' + r.url).join('\\n'));");
        assertThat(output.lines())
                .containsExactly("GET http://127.0.0.1:8080/api/products", "GET http://127.0.0.1:8080/api/products/7");
    }

    @Test
    void journey_ends_when_a_value_to_capture_is_missing() throws Exception {
        String output = Node.runK6(
                dir,
                K6.write(ScriptFixtures.shop()),
                STUBS,
                "RESPONSES['/api/products'] = [];\nbrowseFlow();\ncheckoutFlow();\n"
                        + "console.log(sent.filter((r) => r.url).map((r) => r.method + ' ' + r.url).join('\\n'));\n"
                        + "console.log(scenarioErrors.join('\\n'));");
        assertThat(output.lines())
                .containsExactly(
                        "GET http://127.0.0.1:8080/api/products",
                        "POST http://127.0.0.1:8080/api/login",
                        "GET http://127.0.0.1:8080/api/products",
                        // counted as scenario errors, each naming the step and what it lacked
                        "benchpilot_scenario_errors GET /api/products/{id}: productId",
                        "benchpilot_scenario_errors POST /api/cart/items: productId");
    }

    @Test
    void skips_optional_steps_when_chance_says_so() throws Exception {
        String output = Node.runK6(
                dir,
                K6.write(ScriptFixtures.shop()),
                STUBS,
                "Math.random = () => 0.9;\nbrowseFlow();\nconsole.log(sent.filter((r) => r.url).length);");
        assertThat(output.trim()).isEqualTo("1");
    }

    @Test
    void json_path_subset_finds_fields_indexes_wildcards_and_any_depth() throws Exception {
        String output = Node.runK6(dir, K6.write(ScriptFixtures.shop()), STUBS, """
                const doc = { token: 't1', items: [{ id: 7, tags: [{ id: 99 }] }, { id: 8, name: null }], n: 0 };
                for (const path of ['$.token', '$.items[1].id', '$.items[0].tags[0].id', '$.items[*].id', '$..id', '$.n',
                    '$.items[1].name', '$.nope', '$.items', '$.items[5].id', "$['token']", 'token', '$.items[*].tags.*.id']) {
                  console.log(path + ' ' + JSON.stringify(jsonPath(doc, path)));
                }
                const vars = {};
                capture({ json: () => doc }, vars, { a: '$..id', b: '$.token', c: '$.missing' });
                capture({ json: () => { throw new Error('not json'); } }, vars, { d: '$.token' });
                console.log(JSON.stringify(vars));
                """);
        assertThat(output.lines())
                .containsExactly(
                        "$.token [\"t1\"]",
                        "$.items[1].id [8]",
                        "$.items[0].tags[0].id [99]",
                        "$.items[*].id [7,8]",
                        "$..id [7,99,8]",
                        "$.n [0]",
                        "$.items[1].name [null]",
                        "$.nope []",
                        "$.items []",
                        "$.items[5].id []",
                        "$['token'] []",
                        "token []",
                        "$.items[*].tags.*.id [99]",
                        "{\"a\":7,\"b\":\"t1\"}");
    }

    @Test
    void each_flow_runs_as_a_k6_group() throws Exception {
        String output = Node.runK6(
                dir,
                K6.write(ScriptFixtures.shop()),
                STUBS,
                "browseFlow();\ncheckoutFlow();\nconsole.log(groups.join(','));");
        assertThat(output.trim()).isEqualTo("browse,checkout");
    }

    @Test
    void sla_becomes_thresholds_on_the_built_in_metrics() throws Exception {
        ScriptSpec shop = ScriptFixtures.shop();
        ScriptSpec withSla = new ScriptSpec(
                shop.baseUrl(),
                shop.scenarios(),
                shop.profile(),
                shop.requestTimeout(),
                Sla.parse("p95<200ms,p999<1s,mean<=100ms,p50<0.5s,errors<1%,rps>=50"));
        String script = K6.write(withSla);
        assertThat(script).contains("""
                  thresholds: {
                    http_req_duration: ['p(95)<200', 'p(99.9)<1000', 'avg<=100', 'p(50)<500'],
                    http_req_failed: ['rate<0.01'],
                    http_reqs: ['rate>=50'],
                  },
                };""");
        assertThat(K6.write(shop)).doesNotContain("thresholds: {");
        Path file = dir.resolve("sla.mjs");
        Files.writeString(file, script);
        Node.run("--check", file.toString());
    }

    @Test
    void setup_logs_in_once_and_stops_the_test_when_the_test_user_fails() throws Exception {
        String script = K6.write(ScriptFixtures.shop());
        String ok = Node.runK6(dir, script, STUBS, "setup();\nconsole.log(sent.map((r) => r.name).join(','));");
        assertThat(ok.trim()).isEqualTo("setup: POST /api/login");
        String refused = Node.runK6(
                dir,
                script,
                STUBS,
                "RESPONSES['/api/login'] = { error: 'bad password' };\ntry { setup(); } catch (e) { "
                        + "console.log(e.message); }");
        assertThat(refused.trim())
                .isEqualTo("login at POST /api/login gave status 200 and no token: check the test user");
        String noUser = Node.runK6(dir, script, stubs("{}"), "try { setup(); } catch (e) { console.log(e.message); }");
        assertThat(noUser.trim()).startsWith("set -e BENCHPILOT_USERNAME=");
    }

    @Test
    void flows_without_a_login_send_the_static_header_from_the_environment() throws Exception {
        Step report = new Step("GET /api/reports", "GET", "/api/reports", 1.0, null, Map.of(), Map.of(), true, false);
        ScenarioSet scenarios = new ScenarioSet(
                List.of(new Flow("reports", "signed in by header", 1, List.of(report))),
                new ThinkTime(Duration.ZERO, Duration.ZERO),
                List.of());
        ScriptSpec shop = ScriptFixtures.shop();
        String script = K6.write(new ScriptSpec(shop.baseUrl(), scenarios, shop.profile(), shop.requestTimeout()));
        String sent = Node.runK6(
                dir,
                script,
                stubs("{ BENCHPILOT_AUTH_HEADER: 'X-Api-Key:  k-1 ' }"),
                "setup();\nreportsFlow();\nconsole.log(sent.map((r) => r.name + ' ' + r.key + ' ' + r.auth).join(','));");
        assertThat(sent.trim()).isEqualTo("GET /api/reports k-1 null");
        String missing = Node.runK6(dir, script, stubs("{}"), "try { setup(); } catch (e) { console.log(e.message); }");
        assertThat(missing.trim()).startsWith("set -e BENCHPILOT_AUTH_HEADER=");
    }

    @Test
    void a_capture_takes_the_first_alternative_that_gives_a_value_and_a_location_header_gives_its_last_segment()
            throws Exception {
        String output = Node.runK6(dir, K6.write(ScriptFixtures.shop()), STUBS, """
                const location = (name) => (name === 'Location' ? '/api/owners/42?x=1' : undefined);
                const none = () => undefined;
                console.log(captured({ id: 5 }, location, '$.id || header:Location'));
                console.log(captured({}, location, '$.id || header:Location'));
                console.log(captured(undefined, none, '$.id || header:Location'));
                console.log(captured([{ id: 3 }], none, '$[*].id || $..id'));
                console.log(headerValue({ location: '/x/7' }, 'Location'));
                """);
        assertThat(output.lines()).containsExactly("5", "42", "undefined", "3", "/x/7");
    }
}
