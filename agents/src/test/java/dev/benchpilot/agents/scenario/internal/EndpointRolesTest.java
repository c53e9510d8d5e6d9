package dev.benchpilot.agents.scenario.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.benchpilot.agents.scenario.DeterministicScenarioAgent;
import dev.benchpilot.agents.scenario.ScenarioDraft;
import dev.benchpilot.agents.scenario.ScenarioRequest;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointRolesTest {

    private static Endpoint get(String path) {
        return new Endpoint("GET", path, List.of(), null, false, "api.json", "openapi");
    }

    @Test
    void a_description_of_75000_endpoints_gets_a_plan_of_a_readable_size_and_every_other_endpoint_named() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            endpoints.add(get("/r" + i));
            endpoints.add(get("/r" + i + "/{id}"));
            endpoints.add(get("/orphans" + i + "/{id}/parts"));
        }

        // a hang guard, not a speed target: the first versions scanned every endpoint for every endpoint (cubic,
        // minutes)
        ScenarioDraft draft = assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () -> new DeterministicScenarioAgent()
                        .design(new ScenarioRequest(endpoints, LoadPattern.BASELINE, 50, false)));

        assertThat(draft.scenarios().flows()).hasSize(DeterministicScenarioAgent.MAX_FLOWS_PER_KIND);
        assertThat(draft.scenarios().flows().get(7).steps())
                .extracting(s -> s.pathTemplate())
                .containsExactly("/r7", "/r7/{{r7Id}}");
        assertThat(draft.skipped()).hasSize(75_000 - 2 * DeterministicScenarioAgent.MAX_FLOWS_PER_KIND);
        assertThat(draft.skipped())
                .filteredOn(s -> s.startsWith("GET /orphans"))
                .hasSize(25_000)
                .allSatisfy(reason -> assertThat(reason).contains("[id]"));
    }
}
