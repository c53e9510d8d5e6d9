package dev.benchpilot.tools.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The engine registry is listed in a fixed order and cannot be changed by whoever reads it. */
class LoadEnginesTest {

    @Test
    void the_registry_lists_its_engines_in_order_and_cannot_be_changed() {
        assertThat(LoadEngines.names()).containsExactly("gatling", "k6", "artillery", "locust");
        assertThatThrownBy(() -> LoadEngines.names().remove("gatling"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(LoadEngines.byName("gatling")).isPresent();
        assertThat(LoadEngines.byName("jmeter")).isEmpty();
    }
}
