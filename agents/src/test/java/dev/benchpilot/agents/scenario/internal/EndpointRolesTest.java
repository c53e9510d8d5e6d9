package dev.benchpilot.agents.scenario.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.benchpilot.tools.endpoints.Endpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointRolesTest {

    private static Endpoint get(String path) {
        return new Endpoint("GET", path, List.of(), null, false, "api.json", "openapi");
    }

    @Test
    void lists_details_and_unreachable_endpoints_are_found_once_for_a_description_of_75000_endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            endpoints.add(get("/r" + i));
            endpoints.add(get("/r" + i + "/{id}"));
            endpoints.add(get("/orphans" + i + "/{id}/parts"));
        }

        // a hang guard, not a speed target: every call scanned every endpoint for every endpoint (cubic, minutes)
        EndpointRoles roles = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new EndpointRoles(endpoints));
        List<String> unreachable = assertTimeoutPreemptively(Duration.ofSeconds(30), roles::unreachable);

        assertThat(roles.lists()).hasSize(25_000);
        assertThat(roles.detailOf(get("/r7"))).contains(get("/r7/{id}"));
        assertThat(roles.detailOf(get("/orphans7"))).isEmpty();
        assertThat(unreachable).hasSize(25_000).allSatisfy(reason -> assertThat(reason).contains("/orphans").contains("[id]"));
        assertThat(roles.reads(false)).isEmpty();
    }
}
