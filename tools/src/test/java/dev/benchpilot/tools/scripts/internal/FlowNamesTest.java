package dev.benchpilot.tools.scripts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowNamesTest {

    private static Flow flow(String name) {
        return new Flow(name, "", 1, List.of(new Step("GET /", "GET", "/", 1, null, Map.of(), Map.of(), false, false)));
    }

    @Test
    void turns_flow_names_into_unique_identifiers_that_are_never_keywords() {
        assertThat(FlowNames.of(List.of(
                        flow("member-checkout"),
                        flow("Browse Products"),
                        flow("new"),
                        flow("2fa"),
                        flow("!!"),
                        flow("member checkout"))))
                .extracting(FlowNames::identifier)
                .containsExactly(
                        "memberCheckoutFlow",
                        "browseProductsFlow",
                        "newFlow",
                        "flow2faFlow",
                        "flowFlow",
                        "memberCheckoutFlow2");
    }

    @Test
    void keeps_flow_names_as_labels_numbering_repeats() {
        assertThat(FlowNames.of(List.of(flow("browse"), flow("browse"), flow("buy"))))
                .extracting(FlowNames::label)
                .containsExactly("browse", "browse (2)", "buy");
    }
}
