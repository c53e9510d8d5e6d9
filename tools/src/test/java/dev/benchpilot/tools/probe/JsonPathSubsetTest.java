package dev.benchpilot.tools.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonPathSubsetTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void reads_fields_indexes_and_recursive_matches() throws Exception {
        var document = json.readTree("{\"token\":\"t1\",\"items\":[{\"id\":7,\"tags\":[{\"id\":99}]},{\"id\":8}]}");

        assertThat(JsonPathSubset.read(document, "$.token")).containsExactly("t1");
        assertThat(JsonPathSubset.read(document, "$.items[1].id")).containsExactly("8");
        assertThat(JsonPathSubset.read(document, "$..id")).containsExactlyInAnyOrder("7", "99", "8");
        assertThat(JsonPathSubset.read(document, "$.missing")).isEmpty();
    }

    @Test
    void refuses_what_it_does_not_support() {
        assertThatThrownBy(() -> JsonPathSubset.read(json.createObjectNode(), "$.items[?(@.id)]"))
                .hasMessageContaining("unsupported JSONPath");
    }

    @Test
    void wildcards_read_every_element_as_the_script_runtimes_do() throws Exception {
        var document = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("[{\"id\": 1, \"pets\": [{\"id\": 9}]}, {\"id\": 2}]");
        var wrapped = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"content\": [{\"id\": 5}], \"total\": 1}");

        org.assertj.core.api.Assertions.assertThat(JsonPathSubset.read(document, "$[*].id"))
                .containsExactly("1", "2");
        org.assertj.core.api.Assertions.assertThat(JsonPathSubset.read(wrapped, "$.*[*].id"))
                .containsExactly("5");
        org.assertj.core.api.Assertions.assertThat(JsonPathSubset.read(wrapped, "$.*"))
                .containsExactly("1");
    }
}
