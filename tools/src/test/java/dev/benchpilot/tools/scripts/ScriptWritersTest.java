package dev.benchpilot.tools.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchpilot.tools.scenario.Credentials;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every {@link ScriptWriter} keeps, run against each registered writer. */
class ScriptWritersTest {

    static Stream<ScriptWriter> writers() {
        return ScriptWriters.all().stream();
    }

    /** The script and its companion files, as one text: what a user gets for that tool. */
    static String allText(ScriptWriter writer, ScriptSpec spec) {
        StringBuilder text = new StringBuilder(writer.write(spec));
        new java.util.TreeMap<>(writer.companionFiles(spec)).values().forEach(text::append);
        return text.toString();
    }

    @Test
    void lists_every_writer_by_tool_name() {
        assertThat(ScriptWriters.all())
                .extracting(ScriptWriter::tool)
                .containsExactly("k6", "gatling", "artillery", "locust");
        assertThat(ScriptWriters.byTool("artillery"))
                .get()
                .extracting(ScriptWriter::fileName)
                .isEqualTo("load-test.artillery.yml");
        assertThat(ScriptWriters.byTool("locust"))
                .get()
                .extracting(ScriptWriter::fileName)
                .isEqualTo("locustfile.py");
        assertThat(ScriptWriters.byTool("k6"))
                .get()
                .extracting(ScriptWriter::fileName)
                .isEqualTo("load-test.js");
        assertThat(ScriptWriters.byTool(" Gatling "))
                .get()
                .extracting(ScriptWriter::fileName)
                .isEqualTo("LoadTestSimulation.java");
        assertThat(ScriptWriters.byTool("jmeter")).isEmpty();
        assertThat(ScriptWriters.byTool(null)).isEmpty();
    }

    @Test
    void a_spec_needs_a_positive_request_timeout() {
        ScriptSpec shop = ScriptFixtures.shop();
        assertThatThrownBy(() -> new ScriptSpec(shop.baseUrl(), shop.scenarios(), shop.profile(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("request timeout");
    }

    @ParameterizedTest
    @MethodSource("writers")
    void writes_the_same_text_for_the_same_spec(ScriptWriter writer) {
        assertThat(allText(writer, ScriptFixtures.shop())).isEqualTo(allText(writer, ScriptFixtures.shop()));
        assertThat(allText(writer, ScriptFixtures.hostile())).isEqualTo(allText(writer, ScriptFixtures.hostile()));
    }

    @ParameterizedTest
    @MethodSource("writers")
    void writes_variables_and_captures_in_name_order_whatever_the_map_order(ScriptWriter writer) {
        String script = allText(writer, ScriptFixtures.shop());
        // Map.of iterates in an order that changes between JVM runs; the writers sort by name
        assertThat(script.indexOf("'note'") >= 0 ? script.indexOf("'note'") : script.indexOf("\"note\""))
                .isLessThan(
                        script.indexOf("'quantity'") >= 0
                                ? script.indexOf("'quantity'")
                                : script.indexOf("\"quantity\""));
        assertThat(script.indexOf("'password'") >= 0 ? script.indexOf("'password'") : script.indexOf("\"password\""))
                .isLessThan(
                        script.indexOf("'username'") >= 0
                                ? script.indexOf("'username'")
                                : script.indexOf("\"username\""));
    }

    @ParameterizedTest
    @MethodSource("writers")
    void never_writes_a_credential_and_reads_the_test_user_from_the_environment(ScriptWriter writer) {
        Credentials credentials = new Credentials("alice", "s3cret");
        String script = allText(writer, ScriptFixtures.shop());
        assertThat(script)
                .doesNotContain(credentials.accounts().get(0).password())
                .doesNotContain("alice")
                .contains("BENCHPILOT_USERNAME")
                .contains("BENCHPILOT_PASSWORD");
    }

    @ParameterizedTest
    @MethodSource("writers")
    void names_requests_after_their_endpoint(ScriptWriter writer) {
        String script = allText(writer, ScriptFixtures.shop());
        ScriptFixtures.shop()
                .scenarios()
                .flows()
                .forEach(flow -> flow.steps().forEach(step -> assertThat(script).contains(step.endpointKey())));
    }

    @ParameterizedTest
    @MethodSource("writers")
    void writes_the_base_url_as_an_overridable_default(ScriptWriter writer) {
        assertThat(writer.write(ScriptFixtures.shop())).contains(ScriptFixtures.BASE_URL);
    }
}
