package dev.benchpilot.agents.scenario;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.agents.scenario.internal.EndpointRoles;
import dev.benchpilot.agents.scenario.internal.Journeys;
import dev.benchpilot.agents.scenario.internal.Resources;
import dev.benchpilot.agents.scenario.internal.Resources.Resource;
import dev.benchpilot.agents.scenario.internal.StepFactory;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ThinkTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds flows from the service's own resources, without a model:
 * <ul>
 *   <li>{@code browse owners} (60% of users, shared by the resources): the list, then one listed item;</li>
 *   <li>{@code owners: create-read-update-delete} (25%, with the visitors' actions): an entity journey ({@link
 *   Journeys})
 *       that changes and deletes only what it created;</li>
 *   <li>{@code visitors: ...}: public actions that are not a resource's create (add to cart), with the ids their bodies
 *       name taken from lists;</li>
 *   <li>{@code members: ...} (10%) and {@code power users: ...} (5%): what needs auth, after a login as
 *       {@link MemberAuth} chooses, the heavy views (dashboards, reports) for the power users.</li>
 * </ul>
 * A write without an id of its own (a PUT to {@code /settings}) changes data that existed before the run; it is left
 * out unless the user asks for it ({@link ScenarioRequest#writeExisting()}). Every endpoint left out is named with why.
 */
public final class DeterministicScenarioAgent implements ScenarioAgent {

    static final ThinkTime THINK_TIME = new ThinkTime(Duration.ofMillis(300), Duration.ofMillis(1000));
    /**
     * Shares of arriving users by kind of flow, split evenly among the flows of a kind; kinds without flows drop out.
     */
    static final int BROWSE_SHARE = 60;

    static final int WRITE_SHARE = 25;
    static final int MEMBER_SHARE = 10;
    static final int POWER_SHARE = 5;
    /** The most flows of one kind: a description with thousands of resources gets a plan one can read and run. */
    public static final int MAX_FLOWS_PER_KIND = 12;
    /** Paths of the signed-in account and its settings: what a POST there changes existed before the run. */
    private static final java.util.regex.Pattern ACCOUNT =
            java.util.regex.Pattern.compile("/(account|profile|me|settings|preferences|activate)(/|$)|password|/reset");

    @Override
    public ScenarioDraft design(ScenarioRequest request) {
        return new Design(request).draft();
    }

    /** The step as a signed-in member sends it: with the member's credentials, so what it changes is theirs. */
    private static Step signedIn(Step step) {
        return new Step(
                step.endpointKey(),
                step.method(),
                step.pathTemplate(),
                step.probability(),
                step.bodyTemplate(),
                step.variables(),
                step.captures(),
                true,
                step.thinkAfter());
    }

    /** One design: the endpoints sorted into resources and flows, with what was used and what was left out. */
    private static final class Design {
        private final ScenarioRequest request;
        private final EndpointRoles roles;
        private final MemberAuth auth;
        private final Resources resources;
        private final Journeys journeys;
        private final Set<String> used = new HashSet<>();
        private final List<String> skipped = new ArrayList<>();
        private final Set<String> skippedKeys = new HashSet<>();
        private final Set<String> names = new HashSet<>();
        private final Map<String, List<Flow>> kinds = new LinkedHashMap<>();
        private final Set<String> unknownAuth = new HashSet<>();

        Design(ScenarioRequest request) {
            this.request = request;
            this.roles = new EndpointRoles(request.endpoints());
            this.auth = MemberAuth.choose(roles, request);
            List<Endpoint> usable =
                    roles.usable().stream().filter(e -> !signsIn(e)).toList();
            this.resources = new Resources(usable);
            this.journeys = new Journeys(resources);
            request.endpoints().stream().filter(e -> e.authRequired() == null).forEach(e -> unknownAuth.add(e.key()));
            List.of("browse", "write", "members", "power").forEach(k -> kinds.put(k, new ArrayList<>()));
        }

        ScenarioDraft draft() {
            roles.infrastructure().forEach(e -> skip(e.key(), "infrastructure endpoint, not user traffic"));
            resources.all().forEach(this::browse);
            resources.all().forEach(this::journeys);
            readsAndActions();
            for (Endpoint e : roles.usable()) {
                if (!used.contains(e.key())) {
                    skip(
                            e.key(),
                            e.pathVariables().isEmpty()
                                    ? "no flow reaches it"
                                    : "no list or create of this run gives its " + e.pathVariables());
                }
            }
            skipped.removeIf(s -> used.contains(s.substring(0, s.indexOf(": "))));
            List<Flow> flows = weighted();
            if (flows.isEmpty()) {
                throw new IllegalArgumentException("no endpoint can be exercised without a path variable or auth; "
                        + "give --source or --openapi with list endpoints, or --credentials");
            }
            ScenarioSet set = new ScenarioSet(flows, THINK_TIME, notes(flows));
            return new ScenarioDraft(set, skipped, AgentActivity.deterministic(0));
        }

        /**
         * {@code browse owners}: the top-level list, then one listed item (70% of journeys), other lists of it (30%).
         */
        private void browse(Resource resource) {
            List<Endpoint> lists = resource.lists().stream()
                    .filter(l -> l.pathVariables().isEmpty())
                    .toList();
            if (lists.isEmpty() || resource.reads().isEmpty()) {
                return;
            }
            Endpoint list = resource.list().filter(lists::contains).orElse(lists.get(0));
            List<Step> steps = new ArrayList<>();
            steps.add(new Step(
                    list.key(),
                    list.method(),
                    list.path(),
                    1.0,
                    null,
                    Map.of(),
                    Map.of(resource.variable(), Journeys.listedId(resource)),
                    list.requiresAuth(),
                    true));
            resource.reads().stream()
                    .filter(r -> r.pathVariables().size() == 1)
                    .findFirst()
                    .ifPresent(detail ->
                            steps.add(StepFactory.detail(detail, resource.variable(), 0.7, detail.requiresAuth())));
            lists.stream()
                    .filter(l -> !l.equals(list))
                    .forEach(l -> steps.add(StepFactory.read(l, 0.3, l.requiresAuth())));
            add(
                    "browse",
                    "browse " + resource.label(),
                    "visitors open the " + resource.label() + " list and one of them",
                    steps);
        }

        /**
         * One journey per create of a resource that has items: the first as {@code owners: create-...}, others {@code
         * via} their parent.
         */
        private void journeys(Resource resource) {
            if (!resource.hasItems()) {
                return;
            }
            List<Endpoint> creates = resource.creates().stream()
                    .sorted(java.util.Comparator.comparingInt(
                                    (Endpoint e) -> e.pathVariables().size())
                            .thenComparingInt(e -> e.path().length()))
                    .toList();
            for (int i = 0; i < creates.size(); i++) {
                Endpoint create = creates.get(i);
                String[] reason = new String[1];
                var steps = journeys.of(resource, create, reason);
                if (steps.isEmpty()) {
                    skip(create.key(), reason[0]);
                    continue;
                }
                String via = i == 0 ? "" : " via " + parentLabel(create);
                String name = resource.label() + via + ": " + operations(steps.get(), resource);
                add(
                        "write",
                        name,
                        "a user creates " + resource.label() + via + " and works on what it created, then deletes it",
                        steps.get());
            }
        }

        /**
         * GETs without path variables that no browse flow takes, and writes without an id of their own. Public
         * reads get
         * their own flow, public actions the visitors'; a member (after the login) does the public actions as themself,
         * then reads their pages and acts; power users open the heavy views. A PUT, PATCH or DELETE without an id
         * changes data that existed before the run and is left out unless asked for.
         */
        private void readsAndActions() {
            List<Step> reads = new ArrayList<>();
            List<Step> memberReads = new ArrayList<>();
            List<Step> power = new ArrayList<>();
            for (Endpoint read : roles.usable().stream()
                    .filter(e -> e.isRead() && e.pathVariables().isEmpty() && !used.contains(e.key()))
                    .toList()) {
                if (!read.requiresAuth()) {
                    reads.add(StepFactory.read(read, roles.isHeavy(read) ? 0.1 : 0.3, false));
                } else {
                    (roles.isHeavy(read) ? power : memberReads).add(StepFactory.read(read, 1.0, true));
                }
            }
            List<Endpoint> writes = new ArrayList<>(roles.usable().stream()
                    .filter(e -> !e.isRead() && e.pathVariables().isEmpty() && !used.contains(e.key()) && !signsIn(e))
                    .toList());
            writes.sort((a, b) -> Boolean.compare(a.requestBody() == null, b.requestBody() == null)); // add, then act
            List<Step> visitors = new ArrayList<>();
            List<Step> memberActions = new ArrayList<>();
            for (Endpoint write : writes) {
                if (!request.writeExisting() && write.method().equals("POST") && changesTheAccount(write)) {
                    skip(
                            write.key(),
                            "changes the signed-in account, its password or settings, which existed before the run; "
                                    + "pass --write-existing to include it");
                    continue;
                }
                if (!write.method().equals("POST") && !request.writeExisting()) {
                    skip(
                            write.key(),
                            "changes data that existed before the run (it names no entity of its own); "
                                    + "pass --write-existing to include it");
                    continue;
                }
                (write.requiresAuth() ? memberActions : visitors).addAll(journeys.action(write));
            }
            if (!reads.isEmpty()) {
                add("browse", "read " + names(reads), "visitors open pages that are not lists", reads);
            }
            if (!visitors.isEmpty()) {
                add("write", "visitors: " + names(writesOf(visitors)), "visitors act without logging in", visitors);
            }
            if (auth.unavailable() != null) {
                java.util.stream.Stream.of(memberReads, memberActions, power)
                        .flatMap(List::stream)
                        .filter(Step::authenticated)
                        .map(Step::endpointKey)
                        .distinct()
                        .forEach(key -> skip(key, auth.unavailable()));
                return;
            }
            if (!memberReads.isEmpty() || !memberActions.isEmpty()) {
                List<Step> member = new ArrayList<>(visitors.stream()
                        .map(DeterministicScenarioAgent::signedIn)
                        .toList());
                member.addAll(memberReads);
                member.addAll(memberActions);
                List<Step> own = new ArrayList<>(memberReads);
                own.addAll(writesOf(memberActions));
                add(
                        "members",
                        "members: " + names(own),
                        "a member " + auth.how() + ", acts as a visitor would, opens their pages and acts",
                        member);
            }
            if (!power.isEmpty()) {
                add(
                        "power",
                        "power users: " + names(power),
                        "a member " + auth.how() + " and opens the heavy views (dashboards, reports)",
                        power);
            }
        }

        /**
         * A POST that acts on the signed-in account rather than adding something: JHipster's {@code POST /api/account}
         * rewrote the test user's e-mail and name, {@code /account/change-password} would change its password.
         */
        private static boolean changesTheAccount(Endpoint write) {
            String path = write.path().toLowerCase(java.util.Locale.ROOT);
            return ACCOUNT.matcher(path).find() || EndpointRoles.changesPassword(write);
        }

        private static List<Step> writesOf(List<Step> steps) {
            return steps.stream().filter(s -> !s.method().equals("GET")).toList();
        }

        /**
         * Adds the flow, behind the login when a step needs auth, or names its endpoints as left out when no auth
         * is possible.
         * When the user gave credentials or a header, endpoints whose need for auth is unknown (the code did not
         * say) get
         * them too: a JHipster service secures every {@code /api} path in one configuration class.
         */
        private void add(String kind, String name, String description, List<Step> given) {
            List<Step> steps = given;
            if (request.hasCredentials() || request.hasAuthHeader()) {
                steps = given.stream()
                        .map(s -> unknownAuth.contains(s.endpointKey()) ? signedIn(s) : s)
                        .toList();
            }
            boolean authenticated = steps.stream().anyMatch(Step::authenticated);
            if (authenticated && auth.unavailable() != null) {
                steps.stream()
                        .filter(Step::authenticated)
                        .map(Step::endpointKey)
                        .distinct()
                        .forEach(key -> skip(key, auth.unavailable()));
                return;
            }
            if (kinds.get(kind).size() >= MAX_FLOWS_PER_KIND) {
                steps.stream()
                        .map(Step::endpointKey)
                        .filter(key -> !used.contains(key))
                        .distinct()
                        .forEach(key ->
                                skip(key, "left out: the plan keeps " + MAX_FLOWS_PER_KIND + " flows of each kind"));
                return;
            }
            List<Step> all = new ArrayList<>(authenticated ? auth.firstSteps() : List.of());
            all.addAll(steps);
            String unique = distinct(name);
            names.add(unique);
            kinds.get(kind).add(new Flow(unique, description, 1, all));
            all.forEach(s -> used.add(s.endpointKey()));
        }

        /**
         * The login, and a sign-up when there is a login to follow it: they get members in, they are not flows of their
         * own.
         */
        private boolean signsIn(Endpoint e) {
            return roles.login().map(e::equals).orElse(false)
                    || (roles.login().isPresent()
                            && roles.signUp().map(e::equals).orElse(false));
        }

        private String distinct(String name) {
            String candidate = name;
            for (int n = 2; taken(candidate); n++) {
                candidate = name + " " + n;
            }
            return candidate;
        }

        private boolean taken(String name) {
            return names.contains(name);
        }

        /** Names an endpoint left out of every flow with why, once. */
        private void skip(String key, String why) {
            if (skippedKeys.add(key)) {
                skipped.add(key + ": " + why);
            }
        }

        /** Each kind's share split evenly among its flows (at least 1 each). */
        private List<Flow> weighted() {
            Map<String, Integer> shares =
                    Map.of("browse", BROWSE_SHARE, "write", WRITE_SHARE, "members", MEMBER_SHARE, "power", POWER_SHARE);
            List<Flow> flows = new ArrayList<>();
            kinds.forEach((kind, list) -> list.forEach(f -> flows.add(new Flow(
                    f.name(),
                    f.description(),
                    Math.max(1, Math.round((float) shares.get(kind) / list.size())),
                    f.steps()))));
            return flows;
        }

        private List<String> notes(List<Flow> flows) {
            List<String> notes = new ArrayList<>();
            notes.add("think time " + THINK_TIME.min().toMillis() + "-"
                    + THINK_TIME.max().toMillis() + " ms between steps");
            notes.add("journeys use the ids their own creates returned (body or Location); browsing and references in "
                    + "bodies use listed ids");
            notes.add(WriteSummary.of(flows, request.writeExisting()));
            notes.add(auth.note());
            return notes;
        }

        private String parentLabel(Endpoint create) {
            List<String> variables = create.pathVariables();
            return variables.isEmpty()
                    ? create.path()
                    : resources
                            .ofVariable(create.path(), variables.get(variables.size() - 1))
                            .map(Resource::label)
                            .orElse(create.path());
        }

        private static String operations(List<Step> steps, Resource resource) {
            List<String> ops = new ArrayList<>();
            ops.add("create");
            if (steps.stream()
                    .anyMatch(s -> s.method().equals("GET")
                            && resource.reads().stream().anyMatch(r -> r.key().equals(s.endpointKey())))) {
                ops.add("read");
            }
            if (steps.stream()
                    .anyMatch(s ->
                            resource.updates().stream().anyMatch(u -> u.key().equals(s.endpointKey())))) {
                ops.add("update");
            }
            if (steps.stream()
                    .anyMatch(s ->
                            resource.deletes().stream().anyMatch(d -> d.key().equals(s.endpointKey())))) {
                ops.add("delete");
            }
            return String.join("-", ops);
        }

        /**
         * What the steps' paths name ({@link WriteSummary#name}), distinct, at most three: {@code cart/add, checkout}.
         */
        private static String names(List<Step> steps) {
            List<String> names = steps.stream()
                    .map(s -> WriteSummary.name(s.pathTemplate()))
                    .distinct()
                    .toList();
            return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + " …";
        }
    }
}
