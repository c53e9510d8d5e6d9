package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every registered detector promises, whatever framework it reads. */
class EndpointDetectorContractTest {

    private static final Path FIXTURES = Path.of("src/test/resources/endpoints");

    static Stream<EndpointDetector> detectors() {
        return EndpointDetection.detectors().stream();
    }

    @Test
    void detector_names_are_short_lower_case_and_unique() {
        List<String> names = detectors().map(EndpointDetector::name).toList();

        assertThat(names).doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z][a-z0-9-]{1,20}"));
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void finds_nothing_and_warns_nothing_in_an_empty_tree(EndpointDetector detector, @TempDir Path empty)
            throws IOException {
        List<String> warnings = new ArrayList<>();

        assertThat(detector.detect(empty, warnings)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void skips_files_it_cannot_parse_instead_of_failing(EndpointDetector detector, @TempDir Path tree)
            throws IOException {
        Files.writeString(tree.resolve("Broken.java"), "class Broken { void oops( {");
        Files.writeString(tree.resolve("openapi.yaml"), "openapi: [3.0\n");
        Files.writeString(tree.resolve("application.yml"), "server: [oops\n");
        List<String> warnings = new ArrayList<>();

        assertThatCode(() -> detector.detect(tree, warnings)).doesNotThrowAnyException();
        assertThat(warnings).allMatch(w -> w.lines().count() == 1, "one line each");
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void returns_normalised_endpoints_tagged_with_its_own_name(EndpointDetector detector) throws IOException {
        try (Stream<Path> fixtures = Files.list(FIXTURES)) {
            for (Path fixture : fixtures.filter(Files::isDirectory).toList()) {
                for (Endpoint endpoint : detector.detect(fixture.toAbsolutePath(), new ArrayList<>())) {
                    assertThat(endpoint.detector()).isEqualTo(detector.name());
                    assertThat(endpoint.path()).isEqualTo(EndpointPaths.normalise(endpoint.path()));
                    assertThat(endpoint.method()).isEqualTo(endpoint.method().toUpperCase(Locale.ROOT));
                    assertThat(endpoint.source()).isNotBlank().doesNotStartWith("/");
                    assertThat(endpoint.parameters())
                            .filteredOn(p -> p.in() == Endpoint.Parameter.In.PATH)
                            .extracting(Endpoint.Parameter::name)
                            .isSubsetOf(endpoint.pathVariables());
                }
            }
        }
    }
}
