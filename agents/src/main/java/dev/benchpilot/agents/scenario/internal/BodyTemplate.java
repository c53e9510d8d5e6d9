package dev.benchpilot.agents.scenario.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchpilot.tools.scenario.ValueSource;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A step's JSON body template from an endpoint's sample body, nested objects included: ids become captured values,
 * quantities random small numbers, the user's name, e-mail and password the journey's credential variables, and
 * text fields whose sample is a placeholder realistic values ({@link FakeValues}). Everything else keeps the sample
 * value, which the detector chose to satisfy the field's constraints.
 */
final class BodyTemplate {

    /** What the body is for. */
    enum Purpose {
        /** An ordinary write: credentials are left as sampled. */
        WRITE,
        /**
         * A create: as a write, and the entity's own top-level {@code id} (a service that takes ids from its clients,
         * as the Swagger petstore does) gets a fresh value per request, far above the ids services number from, so it
         * never names a record that existed before the run (a sampled {@code "id": 10} replaced pet 10, and the
         * journey's delete then deleted it).
         */
        CREATE,
        /**
         * An update: as a write, and a top-level {@code id} that does not name the entity (a user updated by its
         * username) is drawn fresh as in a create, never the sampled one, which may name another record.
         */
        UPDATE,
        /** Logging in: name or e-mail and password from {@code {{username}}} and {@code {{password}}}. */
        LOGIN,
        /** Signing up a generated user: the same variables, e-mail made from the name. */
        SIGN_UP
    }

    static final String GENERATED_EMAIL = "{{username}}@example.test";

    /** Samples the detectors write when nothing more is known about a text field (see the endpoints tool). */
    private static final Set<String> PLACEHOLDER_SAMPLES = Set.of("text", "user1", "string");
    /** Text fields that services commonly keep unique. */
    private static final Set<String> UNIQUE = Set.of("username", "login", "slug", "handle", "sku");
    /**
     * A new entity's own name or code is often its natural key (Quarkus' fruits: {@code @Column(unique = true)}; a
     * JHipster authority's name is its id): twelve realistic names made a quarter of the concurrent creates collide.
     */
    private static final Set<String> NATURAL_KEYS = Set.of("name", "code", "key");

    private final Purpose purpose;
    private final Map<String, String> capturedIds;
    private final Map<String, ValueSource> variables;

    private BodyTemplate(Purpose purpose, Map<String, String> capturedIds, Map<String, ValueSource> variables) {
        this.purpose = purpose;
        this.capturedIds = capturedIds;
        this.variables = variables;
    }

    /**
     * The template for {@code sample}; variables it draws are added to {@code variables}. {@code capturedIds} maps a
     * field to the variable holding its value: by its normalised name ({@code petid} for {@code pet_id} or {@code
     * petId}),
     * or, for a field inside an object, by the object's name and its own ({@code type.id}). A plain {@code id} is only
     * looked up at the top level (the entity's own id in an update).
     */
    static String of(
            JsonNode sample, Purpose purpose, Map<String, String> capturedIds, Map<String, ValueSource> variables) {
        return new BodyTemplate(purpose, capturedIds, variables).value("", "", sample);
    }

    /** Whether {@code sample} has a password field at any depth: what a login or sign-up body looks like. */
    static boolean hasPassword(JsonNode sample) {
        if (!(sample instanceof ObjectNode object)) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (isPassword(field.getKey()) || hasPassword(field.getValue())) {
                return true;
            }
        }
        return false;
    }

    private String value(String parent, String name, JsonNode sample) {
        if (sample instanceof ObjectNode object) {
            StringBuilder json = new StringBuilder("{");
            object.fields()
                    .forEachRemaining(field -> json.append(json.length() > 1 ? ", " : "")
                            .append('"')
                            .append(field.getKey())
                            .append("\": ")
                            .append(value(name, field.getKey(), field.getValue())));
            return json.append('}').toString();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String normal = lower.replaceAll("[^a-z0-9]", "");
        String captured = parent.isEmpty()
                ? capturedIds.get(normal)
                : capturedIds.getOrDefault(
                        parent.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "." + normal,
                        normal.equals("id") ? null : capturedIds.get(normal));
        if (captured != null) {
            return sample.isTextual() ? "\"{{" + captured + "}}\"" : "{{" + captured + "}}";
        }
        if ((purpose == Purpose.CREATE || purpose == Purpose.UPDATE) && parent.isEmpty() && normal.equals("id")) {
            return sample.isTextual()
                    ? "\"" + draw(name, new ValueSource.RandomString("bp-", 12)) + "\""
                    : draw(name, ValueSource.RandomInt.FRESH_ID);
        }
        if (sample.isNumber() && (lower.contains("quantity") || lower.contains("qty") || lower.contains("count"))) {
            return draw(name, new ValueSource.RandomInt(1, 5));
        }
        if (!sample.isTextual()) {
            return sample.toString();
        }
        if (purpose == Purpose.LOGIN || purpose == Purpose.SIGN_UP) {
            if (isPassword(name)) {
                return "\"{{password}}\"";
            }
            if (lower.contains("mail")) {
                return purpose == Purpose.SIGN_UP ? "\"" + GENERATED_EMAIL + "\"" : "\"{{username}}\"";
            }
            if (lower.contains("user") || lower.contains("login") || lower.equals("name") || lower.contains("handle")) {
                return "\"{{username}}\"";
            }
        }
        if (purpose != Purpose.LOGIN && purpose != Purpose.SIGN_UP && UNIQUE.contains(normal)
                || purpose == Purpose.CREATE && parent.isEmpty() && NATURAL_KEYS.contains(normal)) {
            // names that must be unique (a user's login, a slug): a fresh one per request, or every create after the
            // first fails
            return "\"" + draw(name, new ValueSource.RandomString("bp", 10)) + "\"";
        }
        if (lower.contains("mail") && sample.asText().endsWith("@example.com")) {
            return "\"" + draw(name, new ValueSource.RandomString("user", 8)) + "@example.test\"";
        }
        if (PLACEHOLDER_SAMPLES.contains(sample.asText()) && !lower.contains("user") && !isPassword(name)) {
            List<String> values = FakeValues.forField(name).orElse(null);
            if (values != null) {
                return "\"" + draw(name, new ValueSource.OneOf(values)) + "\"";
            }
        }
        return sample.toString();
    }

    /** Registers a variable for the field (its name made unique within the step) and returns its placeholder. */
    private String draw(String field, ValueSource source) {
        String base = field.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "v" + base;
        }
        String variable = base;
        for (int n = 2;
                variables.containsKey(variable) || variable.equals("username") || variable.equals("password");
                n++) {
            variable = base + n;
        }
        variables.put(variable, source);
        return "{{" + variable + "}}";
    }

    private static boolean isPassword(String field) {
        return field.toLowerCase(Locale.ROOT).contains("pass");
    }
}
