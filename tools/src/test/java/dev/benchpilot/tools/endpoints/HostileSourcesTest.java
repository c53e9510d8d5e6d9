package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files no one would write by hand, but a generator or an attacker might: a warning naming the file, never a crash or a
 * hang.
 */
class HostileSourcesTest {

    @TempDir
    Path root;

    @Test
    void a_file_nested_thousands_of_levels_deep_is_skipped_with_a_warning_and_the_rest_is_detected() throws Exception {
        Path dir = Files.createDirectories(root.resolve("src/main/java/com/example"));
        Files.writeString(
                dir.resolve("Deep.java"),
                "package com.example;\nclass Deep {\n  int x = " + "(".repeat(5000) + "1" + ")".repeat(5000)
                        + ";\n}\n");
        Files.writeString(
                dir.resolve("Chained.java"),
                "package com.example;\nclass Chained {\n  Object x = new StringBuilder()" + ".append(1)".repeat(250)
                        + ";\n}\n");
        Files.writeString(dir.resolve("ItemController.java"), """
                package com.example;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping("/items")
                class ItemController {
                    @GetMapping("/{id}") String one(@PathVariable long id) { return ""; }
                }
                """);

        DetectionResult result = EndpointDetection.detect(root, null);

        assertThat(result.endpoints()).extracting(Endpoint::key).containsExactly("GET /items/{id}");
        assertThat(result.warnings())
                .anySatisfy(w -> assertThat(w)
                        .startsWith("src/main/java/com/example/Deep.java: skipped")
                        .contains("nested"));
        assertThat(result.warnings()).noneSatisfy(w -> assertThat(w).contains("Chained.java"));
    }

    @Test
    void a_javalin_file_of_eighty_thousand_route_lines_is_read_in_one_pass() throws Exception {
        Path dir = Files.createDirectories(root.resolve("src/main/java/com/example"));
        StringBuilder routes = new StringBuilder("""
                package com.example;
                import io.javalin.Javalin;
                import io.javalin.http.Handler;
                class Routes {
                    static void register(Javalin app) {
                        String p = "/api";
                        Handler h = ctx -> ctx.result("ok");
                """);
        for (int i = 0; i < 80_000; i++) {
            routes.append("app.get(p+\"/").append(i).append("\",h);\n"); // under the 2 MB a source file may have
        }
        routes.append("    }\n}\n");
        Files.writeString(dir.resolve("Routes.java"), routes);

        // a hang guard, not a speed target: the scope lookup read the whole method once per route call (80,000², about
        // 75 s on the 2-core machine); read once, it takes about 9 s
        DetectionResult result =
                assertTimeoutPreemptively(Duration.ofSeconds(40), () -> EndpointDetection.detect(root, null));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.endpoints()).hasSize(80_000);
        assertThat(result.endpoints()).extracting(Endpoint::key).contains("GET /api/0", "GET /api/79999");
    }

    @Test
    void a_billion_laughs_description_and_a_twenty_megabyte_one_line_yaml_are_refused_at_once() throws Exception {
        StringBuilder laughs = new StringBuilder("openapi: 3.0.3\ninfo: {title: laughs, version: \"1\"}\n");
        laughs.append("x-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            laughs.append("x-")
                    .append(c)
                    .append(": &")
                    .append(c)
                    .append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + (char) (c - 1))))
                    .append("]\n");
        }
        laughs.append("paths:\n  /items:\n    get:\n      responses:\n        '200': {description: ok}\n");
        Path bomb = Files.writeString(root.resolve("laughs.yaml"), laughs);
        Path oneLine = Files.writeString(
                root.resolve("oneline.yaml"),
                "openapi: 3.0.3\ninfo: {title: x, version: \"1\"}\nx-blob: \"" + "a".repeat(20_000_000)
                        + "\"\npaths: {}\n");
        Path longRun = Files.writeString(
                root.resolve("longrun.yaml"),
                "openapi: 3.0.3\ninfo: {title: x, version: \"1\"}\nx-blob: \"" + "a".repeat(3_000_000)
                        + "\"\npaths: {}\n");

        // hang guards, not speed targets: the bomb was expanded for 48 s, the one-line YAML scanned for over 5 minutes
        DetectionResult exploded =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> EndpointDetection.detect(null, bomb));
        DetectionResult huge =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> EndpointDetection.detect(null, oneLine));
        DetectionResult run =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> EndpointDetection.detect(null, longRun));

        assertThat(exploded.warnings()).anySatisfy(w -> assertThat(w).contains("aliases"));
        assertThat(huge.warnings())
                .containsExactly("oneline.yaml: skipped, a YAML description larger than 16 MB (convert it to JSON)");
        assertThat(run.warnings())
                .anySatisfy(w -> assertThat(w).startsWith("longrun.yaml: skipped, it holds a run of more than 256 KB"));
    }
}
