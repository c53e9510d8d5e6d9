package dev.benchpilot.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointsCommandTest {

    private static final Path SHOP = Path.of("../examples/shop-api");

    @Test
    void lists_exactly_the_shop_api_routes_as_json_items_with_method_path_auth_and_source() throws Exception {
        Cli.Result result = Cli.run("endpoints", SHOP.toString(), "--format", "json");

        assertThat(result.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        List<String> keys = new ArrayList<>();
        for (JsonNode endpoint : json.get("endpoints")) {
            keys.add(
                    endpoint.get("method").asText() + " " + endpoint.get("path").asText());
            assertThat(endpoint.has("auth")).isTrue();
            assertThat(endpoint.get("source").asText()).isNotBlank();
        }
        assertThat(keys)
                .containsExactlyInAnyOrder(
                        "GET /health",
                        "GET /metrics",
                        "POST /api/login",
                        "GET /api/products",
                        "GET /api/products/{id}",
                        "POST /api/cart/add",
                        "GET /api/cart",
                        "POST /api/checkout",
                        "GET /api/dashboard");
        assertThat(json.at("/totals/endpoints").asInt()).isEqualTo(keys.size());
        assertThat(json.at("/totals/authRequired").asInt()).isEqualTo(3);
        assertThat(json.at("/totals/authRequired").asInt()
                        + json.at("/totals/public").asInt()
                        + json.at("/totals/authUnknown").asInt())
                .isEqualTo(keys.size());
    }

    @Test
    void table_ends_with_totals_by_auth_and_framework() {
        Cli.Result result = Cli.run("endpoints", "../tools/src/test/resources/endpoints/express-app");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("METHOD", "18 endpoints: 3 auth-required, 15 public, 0 unknown")
                .containsPattern("express\\s+18");
    }

    @Test
    void a_tree_without_routes_says_nothing_was_found_and_an_empty_or_missing_directory_is_a_usage_error(
            @TempDir Path root) throws Exception {
        Path empty = Files.createDirectory(root.resolve("empty"));
        Path notes = Files.createDirectory(root.resolve("notes"));
        Files.writeString(notes.resolve("notes.txt"), "no code here");

        Cli.Result none = Cli.run("endpoints", notes.toString());
        Cli.Result emptyDirectory = Cli.run("endpoints", empty.toString());
        Cli.Result missing = Cli.run("endpoints", empty.resolve("nope").toString());
        Cli.Result badFormat = Cli.run("endpoints", empty.toString(), "--format", "xml");

        assertThat(none.exitCode()).isZero();
        assertThat(none.err()).contains("no endpoints found");
        assertThat(emptyDirectory.exitCode()).isEqualTo(2);
        assertThat(emptyDirectory.err()).contains("source directory is empty");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("source directory not found").doesNotContain("Exception");
        assertThat(badFormat.exitCode()).isEqualTo(2);
    }

    @Test
    void an_openapi_file_alone_is_enough_and_nothing_at_all_is_a_usage_error() {
        Cli.Result openApi = Cli.run("endpoints", "--openapi", BatchCommandTest.OPENAPI, "--format", "json");
        Cli.Result nothing = Cli.run("endpoints");

        assertThat(openApi.exitCode()).as(openApi.err()).isZero();
        assertThat(openApi.out()).contains("\"framework\" : \"openapi\"");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("give a source tree (DIR), an OpenAPI file (--openapi FILE), or both");
    }
}
