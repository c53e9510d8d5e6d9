package dev.benchpilot.tools.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaptureTest {

    @Test
    void alternatives_are_json_paths_or_a_header() {
        Capture capture = Capture.parse("$.id || $.data.id || header:Location");

        assertThat(capture.alternatives())
                .containsExactly(
                        new Capture.JsonField("$.id"),
                        new Capture.JsonField("$.data.id"),
                        new Capture.HeaderSegment("Location"));
        assertThat(new Capture.JsonField("$[*].id").several()).isTrue();
        assertThatThrownBy(() -> Capture.parse("$.id || Location")).hasMessageContaining("header:Name");
        assertThatThrownBy(() ->
                        new Step("GET /x", "GET", "/x", 1.0, null, null, java.util.Map.of("id", "id"), false, false))
                .as("a step refuses a capture no engine could read")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_header_gives_its_last_path_segment() {
        assertThat(Capture.lastSegment("/api/owners/42")).isEqualTo("42");
        assertThat(Capture.lastSegment("http://h:1/api/pets/7/?a=b#c")).isEqualTo("7");
        assertThat(Capture.lastSegment("/")).isNull();
        assertThat(Capture.lastSegment(null)).isNull();
    }
}
