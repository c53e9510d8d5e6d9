package dev.benchpilot.agents.scenario.internal;

import dev.benchpilot.tools.endpoints.Endpoint;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The endpoints flows may use, the login and sign-up among them, the infrastructure ones, and which views are heavy.
 */
public final class EndpointRoles {

    private static final Pattern LOGIN = Pattern.compile(".*/(login|signin|sign-in|token|sessions?|auth(enticate)?)$");
    private static final Pattern SIGN_UP =
            Pattern.compile(".*/(register|registration|signup|sign-up|sign_up|users|accounts)$");
    private static final Pattern INFRASTRUCTURE = Pattern.compile(
            "^/(health|healthz|ready|readyz|live|livez|metrics|actuator|openapi|swagger|api-docs|favicon).*");
    private static final Pattern PASSWORD_CHANGE = Pattern.compile("\"(current|old|new)_?password\"\\s*:");
    private static final Pattern HEAVY =
            Pattern.compile(".*(dashboard|report|analytics|stats|statistics|summary|admin|export).*");

    private final List<Endpoint> endpoints;
    /** Computed once: a 75,000-endpoint description made per-call scans cubic (minutes). */
    private final List<Endpoint> usable;

    private final Optional<Endpoint> login;
    private final Optional<Endpoint> signUp;

    public EndpointRoles(List<Endpoint> endpoints) {
        this.endpoints = endpoints.stream()
                .filter(e -> !e.method().equals("ANY")
                        && !e.method().equals("OPTIONS")
                        && !e.method().equals("HEAD"))
                .toList();
        this.usable = this.endpoints.stream().filter(e -> !isInfrastructure(e)).toList();
        this.login = this.endpoints.stream()
                .filter(e -> e.method().equals("POST")
                        && LOGIN.matcher(lower(e.path())).matches())
                .findFirst();
        this.signUp = this.endpoints.stream()
                .filter(e -> e.method().equals("POST")
                        && !e.requiresAuth()
                        && SIGN_UP.matcher(lower(e.path())).matches()
                        && e.requestBody() != null
                        && BodyTemplate.hasPassword(e.requestBody().sample())
                        && !login.map(e::equals).orElse(false))
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

    /** Whether the endpoint's body changes a password: it has a current, old or new password field. */
    public static boolean changesPassword(Endpoint endpoint) {
        return endpoint.requestBody() != null
                && endpoint.requestBody().sample() != null
                && PASSWORD_CHANGE
                        .matcher(endpoint.requestBody().sample().toString().toLowerCase(Locale.ROOT))
                        .find();
    }

    public boolean isHeavy(Endpoint endpoint) {
        return HEAVY.matcher(lower(endpoint.path())).matches();
    }

    private static boolean isInfrastructure(Endpoint endpoint) {
        return INFRASTRUCTURE.matcher(lower(endpoint.path())).matches();
    }

    private static String lower(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}
