package dev.benchpilot.agents.scenario.internal;

import dev.benchpilot.tools.endpoints.Endpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Sorts endpoints into the parts of a journey: login, lists with their detail pages, reads, writes, infrastructure. */
public final class EndpointRoles {

    private static final Pattern LOGIN = Pattern.compile(".*/(login|signin|sign-in|token|sessions?|auth(enticate)?)$");
    private static final Pattern SIGN_UP = Pattern.compile(".*/(register|registration|signup|sign-up|sign_up|users|accounts)$");
    private static final Pattern INFRASTRUCTURE = Pattern.compile("^/(health|healthz|ready|readyz|live|livez|metrics|actuator|openapi|swagger|api-docs|favicon).*");
    private static final Pattern HEAVY = Pattern.compile(".*(dashboard|report|analytics|stats|statistics|summary|admin|export).*");

    private final List<Endpoint> endpoints;
    /** Everything below is computed once: a 75,000-endpoint description made the per-call scans cubic (minutes). */
    private final List<Endpoint> usable;
    private final Map<String, Endpoint> detailByList = new HashMap<>();
    private final List<Endpoint> lists;
    private final Set<Endpoint> listSet;
    private final Optional<Endpoint> login;
    private final Optional<Endpoint> signUp;

    public EndpointRoles(List<Endpoint> endpoints) {
        this.endpoints = endpoints.stream().filter(e -> !e.method().equals("ANY") && !e.method().equals("OPTIONS")
                && !e.method().equals("HEAD")).toList();
        this.usable = this.endpoints.stream().filter(e -> !isInfrastructure(e)).toList();
        for (Endpoint e : usable) {
            int open = e.path().lastIndexOf("/{");
            if (e.isRead() && e.pathVariables().size() == 1 && open >= 0 && e.path().indexOf('/', open + 1) < 0) {
                detailByList.putIfAbsent(e.path().substring(0, open), e);
            }
        }
        this.lists = usable.stream().filter(e -> e.isRead() && e.pathVariables().isEmpty() && detailByList.containsKey(e.path())).toList();
        this.listSet = Set.copyOf(lists);
        this.login = this.endpoints.stream().filter(e -> e.method().equals("POST") && LOGIN.matcher(lower(e.path())).matches()).findFirst();
        this.signUp = this.endpoints.stream().filter(e -> e.method().equals("POST") && !e.requiresAuth() && SIGN_UP.matcher(lower(e.path())).matches()
                && e.requestBody() != null && BodyTemplate.hasPassword(e.requestBody().sample()) && !login.map(e::equals).orElse(false))
                .findFirst();
    }

    /** Every endpoint a flow may use: no catch-all methods, no infrastructure. */
    public List<Endpoint> usable() {
        return usable;
    }

    public List<Endpoint> infrastructure() {
        return endpoints.stream().filter(EndpointRoles::isInfrastructure).toList();
    }

    public Optional<Endpoint> login() {
        return login;
    }

    /** A public POST that creates a user: a sign-up-like path and a body with a password field. */
    public Optional<Endpoint> signUp() {
        return signUp;
    }

    /** GET collections without path variables that have a detail page {@code <list>/{var}}. */
    public List<Endpoint> lists() {
        return lists;
    }

    public Optional<Endpoint> detailOf(Endpoint list) {
        return Optional.ofNullable(detailByList.get(list.path()));
    }

    /** GETs without variables that are not lists, split by whether they need auth. */
    public List<Endpoint> reads(boolean authenticated) {
        return usable.stream().filter(e -> e.isRead() && e.pathVariables().isEmpty() && !listSet.contains(e)
                && e.requiresAuth() == authenticated).toList();
    }

    public boolean isHeavy(Endpoint endpoint) {
        return HEAVY.matcher(lower(endpoint.path())).matches();
    }

    /** Writes without path variables, those adding things (with a body) before those acting on them (no body). */
    public List<Endpoint> writes(boolean authenticated) {
        List<Endpoint> writes = new ArrayList<>(usable.stream().filter(e -> !e.isRead() && e.pathVariables().isEmpty()
                && e.requiresAuth() == authenticated && !login.map(e::equals).orElse(false)
                && !signUp.map(e::equals).orElse(false)).toList());
        writes.sort((a, b) -> Boolean.compare(a.requestBody() == null, b.requestBody() == null));
        return writes;
    }

    /** Endpoints no flow can exercise safely, with why. */
    public List<String> unreachable() {
        Set<Endpoint> details = new HashSet<>();
        lists.forEach(l -> detailOf(l).ifPresent(details::add));
        List<String> reasons = new ArrayList<>();
        for (Endpoint e : usable) {
            if (!e.pathVariables().isEmpty() && !details.contains(e)) {
                reasons.add(e.key() + ": no list endpoint returns its " + e.pathVariables() + " values");
            }
        }
        return reasons;
    }

    private static boolean isInfrastructure(Endpoint endpoint) {
        return INFRASTRUCTURE.matcher(lower(endpoint.path())).matches();
    }

    private static String lower(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}
