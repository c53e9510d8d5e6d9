package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source files no one would write by hand, but a generator or an attacker might: a warning naming the file, never a crash. */
class HostileSourcesTest {

    @TempDir
    Path root;

    @Test
    void a_file_nested_thousands_of_levels_deep_is_skipped_with_a_warning_and_the_rest_is_detected() throws Exception {
        Path dir = Files.createDirectories(root.resolve("src/main/java/com/example"));
        Files.writeString(dir.resolve("Deep.java"), "package com.example;\nclass Deep {\n  int x = " + "(".repeat(5000) + "1"
                + ")".repeat(5000) + ";\n}\n");
        Files.writeString(dir.resolve("Chained.java"), "package com.example;\nclass Chained {\n  Object x = new StringBuilder()"
                + ".append(1)".repeat(250) + ";\n}\n");
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
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).startsWith("src/main/java/com/example/Deep.java: skipped")
                .contains("nested"));
        assertThat(result.warnings()).noneSatisfy(w -> assertThat(w).contains("Chained.java"));
    }
}
