package dev.benchpilot.agents.scenario.internal;

import dev.benchpilot.agents.scenario.internal.Resources.Resource;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ValueSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Entity journeys: a virtual user creates an entity, reads it, changes it and deletes it, all by the id its create
 * returned (body or {@code Location}). What the create needs comes first: a parent in its path is created by the same
 * user ({@code POST /owners} before {@code POST /owners/{ownerId}/pets}), an entity its body refers to is taken from
 * a list ({@code GET /pettypes} for a pet's type) or created when there is no list. Everything the journey created is
 * deleted at its end, last created first, where the service has a delete. Updates and deletes only ever name ids
 * this journey created: data that existed before the run is read, never changed.
 */
public final class Journeys {

    private static final int MAX_DEPTH = 4;

    private final Resources resources;

    public Journeys(Resources resources) {
        this.resources = resources;
    }

    /**
     * A journey under construction: its steps, which resource each id variable holds, what it must delete at the end.
     */
    static final class Draft {
        final List<Step> steps = new ArrayList<>();
        final Map<String, String> bound = new LinkedHashMap<>();
        final Deque<Step> cleanup = new ArrayDeque<>();
        boolean authenticated;

        List<Step> finish() {
            List<Step> all = new ArrayList<>(steps);
            all.addAll(cleanup);
            return all;
        }
    }

    /**
     * The journey of {@code resource} starting with {@code create}, or empty (with why in {@code reason[0]}) when a
     * parent
     * in its path can be neither created nor listed.
     */
    public Optional<List<Step>> of(Resource resource, Endpoint create, String[] reason) {
        Draft draft = new Draft();
        if (!createInto(draft, resource, create, 0, reason)) {
            return Optional.empty();
        }
        for (Endpoint read : resource.reads()) {
            path(read, draft).ifPresent(path -> draft.steps.add(step(read, path, null, Map.of(), Map.of())));
        }
        for (Endpoint update : resource.updates()) {
            path(update, draft).ifPresent(path -> draft.steps.add(write(update, path, draft, resource)));
        }
        return Optional.of(draft.finish()); // the cleanup starts with this resource's own delete
    }

    /**
     * An action that is not a resource's create ({@code POST /api/cart/add}): the lists that give the ids its body
     * names,
     * then the action itself.
     */
    public List<Step> action(Endpoint write) {
        Draft draft = new Draft();
        Map<String, String> ids = references(draft, null, write, MAX_DEPTH);
        Map<String, ValueSource> variables = new LinkedHashMap<>();
        String body = write.requestBody() == null || write.requestBody().sample() == null
                ? null
                : BodyTemplate.of(write.requestBody().sample(), BodyTemplate.Purpose.WRITE, ids, variables);
        draft.steps.add(step(write, write.path(), body, variables, Map.of()));
        return draft.finish();
    }

    private boolean createInto(Draft draft, Resource resource, Endpoint create, int depth, String[] reason) {
        if (depth > MAX_DEPTH) {
            reason[0] = "its parents nest deeper than " + MAX_DEPTH;
            return false;
        }
        for (String variable : create.pathVariables()) {
            Optional<Resource> parent = resources.ofVariable(create.path(), variable);
            if (parent.isEmpty()) {
                reason[0] = "nothing names the {" + variable + "} of " + create.key();
                return false;
            }
            if (draft.bound.containsKey(parent.get().key())) {
                continue;
            }
            Optional<Endpoint> parentCreate = parent.get().create();
            if (parentCreate.isPresent() && !parent.get().key().equals(resource.key())) {
                if (!createInto(draft, parent.get(), parentCreate.get(), depth + 1, reason)) {
                    return false;
                }
            } else if (!list(draft, parent.get())) {
                reason[0] = "no create or list gives the {" + variable + "} of " + create.key();
                return false;
            }
        }
        Map<String, String> ids = references(draft, resource, create, depth);
        String path = path(create, draft).orElseThrow();
        Map<String, ValueSource> variables = new LinkedHashMap<>();
        String body = create.requestBody() == null || create.requestBody().sample() == null
                ? null
                : BodyTemplate.of(create.requestBody().sample(), BodyTemplate.Purpose.CREATE, ids, variables);
        String variable = resource.variable();
        draft.steps.add(step(create, path, body, variables, Map.of(variable, createdId(resource, wrapper(create)))));
        draft.bound.put(resource.key(), variable);
        resource.deletes().stream()
                .filter(d -> path(d, draft).isPresent())
                .findFirst()
                .ifPresent(delete ->
                        draft.cleanup.push(step(delete, path(delete, draft).orElseThrow(), null, Map.of(), Map.of())));
        return true;
    }

    /** Binds what {@code create}'s body refers to, and returns the field-to-variable map its body template uses. */
    private Map<String, String> references(Draft draft, Resource resource, Endpoint endpoint, int depth) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (endpoint.requestBody() == null || endpoint.requestBody().sample() == null) {
            return ids;
        }
        resources.referencedBy(endpoint.requestBody().sample(), resource).forEach((field, target) -> {
            if (!draft.bound.containsKey(target.key()) && !list(draft, target)) {
                target.create()
                        .filter(c -> c.pathVariables().isEmpty() && depth < MAX_DEPTH)
                        .ifPresent(c -> createInto(draft, target, c, depth + 1, new String[1]));
            }
            String variable = draft.bound.get(target.key());
            // only a resource known by its numeric or text "id" can fill an id field: a user known by {login} cannot
            if (variable != null && target.idField().equals("id")) {
                String normal = Resources.normalise(field);
                ids.put(normal, variable);
                ids.put(normal + ".id", variable);
            }
        });
        return ids;
    }

    /** Adds the top-level list of {@code target}, capturing one of its ids; false when it has none. */
    private boolean list(Draft draft, Resource target) {
        Optional<Endpoint> list = target.list().filter(l -> l.pathVariables().isEmpty());
        list.ifPresent(l -> {
            draft.steps.add(step(l, l.path(), null, Map.of(), Map.of(target.variable(), listedId(target))));
            draft.bound.put(target.key(), target.variable());
        });
        return list.isPresent();
    }

    private Step write(Endpoint update, String path, Draft draft, Resource resource) {
        Map<String, String> ids = new LinkedHashMap<>(references(draft, resource, update, MAX_DEPTH));
        ids.put(
                Resources.normalise(resource.idField()),
                resource.variable()); // the entity's own id: {"id": ...} or {"username": ...}
        Map<String, ValueSource> variables = new LinkedHashMap<>();
        String body = update.requestBody() == null || update.requestBody().sample() == null
                ? null
                : BodyTemplate.of(update.requestBody().sample(), BodyTemplate.Purpose.UPDATE, ids, variables);
        return step(update, path, body, variables, Map.of());
    }

    private Step step(
            Endpoint endpoint,
            String path,
            String body,
            Map<String, ValueSource> variables,
            Map<String, String> captures) {
        return new Step(
                endpoint.key(), endpoint.method(), path, 1.0, body, variables, captures, endpoint.requiresAuth(), true);
    }

    /**
     * The path with each variable replaced by the placeholder of the resource it names; empty when one is not bound.
     */
    Optional<String> path(Endpoint endpoint, Draft draft) {
        String path = endpoint.path();
        for (String variable : endpoint.pathVariables()) {
            Optional<String> bound =
                    resources.ofVariable(endpoint.path(), variable).map(r -> draft.bound.get(r.key()));
            if (bound.isEmpty() || bound.get() == null) {
                return Optional.empty();
            }
            path = path.replace("{" + variable + "}", "{{" + bound.get() + "}}");
        }
        return Optional.of(path);
    }

    /** The one field a body nests everything under ({@code article} in {@code {"article": {...}}}), or null. */
    private static String wrapper(Endpoint create) {
        if (create.requestBody() != null
                && create.requestBody().sample() instanceof com.fasterxml.jackson.databind.node.ObjectNode object
                && object.size() == 1
                && object.elements().next().isObject()) {
            return object.fieldNames().next();
        }
        return null;
    }

    /**
     * Where a create's answer holds the new id: its body (plain, under {@code data}, or under the wrapper its request
     * used, as {@code {"article": {...}}}), else its {@code Location}.
     */
    static String createdId(Resource resource, String wrapper) {
        String field = resource.idField();
        List<String> alternatives = new ArrayList<>(List.of("$." + field));
        if (field.equals("id")) {
            alternatives.add("$." + resource.variable());
            alternatives.add("$." + snake(resource.variable()));
        }
        if (wrapper != null && wrapper.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
            alternatives.add("$." + wrapper + "." + field);
        }
        alternatives.add("$.data." + field);
        alternatives.add("header:Location");
        return String.join(
                dev.benchpilot.tools.scenario.Capture.OR,
                alternatives.stream().distinct().toList());
    }

    /** Where a list's answer holds its items' ids: a top-level array, an array under any field, else any match. */
    public static String listedId(Resource resource) {
        String field = resource.idField();
        return String.join(dev.benchpilot.tools.scenario.Capture.OR, "$[*]." + field, "$.*[*]." + field, "$.." + field);
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
