package dev.benchpilot.tools.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {

    @Test
    void benchpilots_settings_and_secret_named_variables_never_reach_a_child() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("env");
        builder.environment()
                .putAll(Map.of(
                        "BENCHPILOT_MODEL_API_KEY",
                        "sk-model-secret-1",
                        "BENCHPILOT_CREDENTIALS",
                        "alice:pw-secret-2",
                        "OPENAI_API_KEY",
                        "sk-openai-secret-3",
                        "AWS_SECRET_ACCESS_KEY",
                        "aws-secret-4",
                        "K6_CLOUD_TOKEN",
                        "k6-secret-5",
                        "SHOP_DB_PASSWORD",
                        "db-secret-6",
                        "UNRELATED_SETTING",
                        "plain-7",
                        "LC_ALL",
                        "C.UTF-8",
                        "K6_NO_USAGE_REPORT",
                        "true"));
        ChildEnvironment.restrict(builder.environment());
        builder.environment().put("BASE_URL", "http://127.0.0.1:1");

        String env = new String(builder.start().getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        for (String secret : List.of(
                "sk-model-secret-1",
                "pw-secret-2",
                "sk-openai-secret-3",
                "aws-secret-4",
                "k6-secret-5",
                "db-secret-6",
                "plain-7")) {
            assertThat(env).doesNotContain(secret);
        }
        assertThat(env).contains("PATH=", "LC_ALL=C.UTF-8", "K6_NO_USAGE_REPORT=true", "BASE_URL=http://127.0.0.1:1");
    }

    @Test
    void names_are_judged_whatever_their_case() {
        assertThat(ChildEnvironment.kept("path")).isTrue();
        assertThat(ChildEnvironment.kept("benchpilot_token")).isFalse();
        assertThat(ChildEnvironment.kept("K6_CLOUD_TOKEN")).isFalse();
        assertThat(ChildEnvironment.kept("NODE_PATH")).isTrue();
    }
}
