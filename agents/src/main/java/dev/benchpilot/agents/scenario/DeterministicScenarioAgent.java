package dev.benchpilot.agents.scenario;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.agents.scenario.internal.EndpointRoles;
import dev.benchpilot.agents.scenario.internal.StepFactory;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ThinkTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the reference's weighted e-commerce-style flows from any endpoint list, without a model:
 * browsing (60%: lists, detail pages with ids taken from the list response), shopping (25%: public
 * writes), members (10%: login with token capture, their own reads and writes, in the order "add, then
 * act") and power users (5%: heavy reads such as dashboards). A flow is left out when nothing feeds it. Members
 * prove who they are as {@link MemberAuth} chooses: a static header, the supplied test users, or users they sign up.
 */
public final class DeterministicScenarioAgent implements ScenarioAgent {

    static final ThinkTime THINK_TIME = new ThinkTime(Duration.ofMillis(300), Duration.ofMillis(1000));

    @Override
    public ScenarioDraft design(ScenarioRequest request) {
        EndpointRoles roles = new EndpointRoles(request.endpoints());
        List<String> skipped = new ArrayList<>(roles.unreachable());
        roles.infrastructure().forEach(e -> skipped.add(e.key() + ": infrastructure endpoint, not user traffic"));
        Map<String, String> ids = new HashMap<>();
        roles.lists().forEach(list -> ids.put(StepFactory.idVariable(list).toLowerCase(Locale.ROOT), StepFactory.idVariable(list)));

        List<Flow> flows = new ArrayList<>();
        browse(roles, false).ifPresent(steps -> flows.add(new Flow("browsing", "anonymous visitors browse lists and open details", 60, steps)));
        List<Endpoint> publicWrites = roles.writes(false);
        if (!publicWrites.isEmpty()) {
            List<Step> steps = new ArrayList<>(firstListAndDetail(roles, false, 1.0));
            publicWrites.forEach(w -> steps.add(StepFactory.write(w, ids, false)));
            flows.add(new Flow("shopping", "visitors pick an item and act on it without logging in", 25, steps));
        }
        List<Endpoint> memberReads = roles.reads(true).stream().filter(e -> !roles.isHeavy(e)).toList();
        List<Endpoint> heavyReads = roles.reads(true).stream().filter(roles::isHeavy).toList();
        List<Endpoint> memberWrites = roles.writes(true);
        boolean needsAuth = !memberReads.isEmpty() || !memberWrites.isEmpty() || !heavyReads.isEmpty();
        MemberAuth auth = MemberAuth.choose(roles, request);
        if (needsAuth && auth.unavailable() != null) {
            memberReads.forEach(e -> skipped.add(e.key() + ": " + auth.unavailable()));
            heavyReads.forEach(e -> skipped.add(e.key() + ": " + auth.unavailable()));
            memberWrites.forEach(e -> skipped.add(e.key() + ": " + auth.unavailable()));
        } else if (needsAuth) {
            if (!memberReads.isEmpty() || !memberWrites.isEmpty()) {
                List<Step> steps = new ArrayList<>(auth.firstSteps());
                steps.addAll(firstListAndDetail(roles, true, 1.0));
                publicWrites.forEach(w -> steps.add(StepFactory.write(w, ids, true)));
                memberReads.forEach(r -> steps.add(StepFactory.read(r, 1.0, true)));
                memberWrites.forEach(w -> steps.add(StepFactory.write(w, ids, true)));
                flows.add(new Flow("member-checkout", "a member " + auth.how() + ", picks an item, reviews and completes", 10, steps));
            }
            if (!heavyReads.isEmpty()) {
                List<Step> steps = new ArrayList<>(auth.firstSteps());
                heavyReads.forEach(r -> steps.add(StepFactory.read(r, 1.0, true)));
                flows.add(new Flow("power-user", "a member " + auth.how() + " and opens the heavy views (dashboards, reports)", 5, steps));
            }
        }
        if (flows.isEmpty()) {
            throw new IllegalArgumentException("no endpoint can be exercised without a path variable or auth; "
                    + "give --source or --openapi with list endpoints, or --credentials");
        }
        return new ScenarioDraft(new ScenarioSet(flows, THINK_TIME, notes(request, auth)), skipped, AgentActivity.deterministic(0));
    }

    private static Optional<List<Step>> browse(EndpointRoles roles, boolean authenticated) {
        List<Step> steps = new ArrayList<>();
        for (Endpoint list : roles.lists().stream().limit(3).toList()) {
            steps.add(StepFactory.list(list, authenticated));
            roles.detailOf(list).ifPresent(d -> steps.add(StepFactory.detail(d, StepFactory.idVariable(list), 0.7, authenticated)));
        }
        roles.reads(false).forEach(r -> steps.add(StepFactory.read(r, roles.isHeavy(r) ? 0.1 : 0.3, authenticated)));
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps);
    }

    private static List<Step> firstListAndDetail(EndpointRoles roles, boolean authenticated, double probability) {
        List<Step> steps = new ArrayList<>();
        roles.lists().stream().findFirst().ifPresent(list -> {
            steps.add(StepFactory.list(list, authenticated));
            roles.detailOf(list).ifPresent(d -> steps.add(StepFactory.detail(d, StepFactory.idVariable(list), probability, authenticated)));
        });
        return steps;
    }

    private static List<String> notes(ScenarioRequest request, MemberAuth auth) {
        return List.of("think time " + THINK_TIME.min().toMillis() + "-" + THINK_TIME.max().toMillis() + " ms between steps",
                "ids in paths and payloads come from the list responses of the same user; text fields get realistic values",
                auth.note());
    }
}
