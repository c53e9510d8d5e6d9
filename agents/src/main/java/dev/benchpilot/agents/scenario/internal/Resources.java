package dev.benchpilot.agents.scenario.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchpilot.tools.endpoints.Endpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The service's resources as its paths name them: a collection ({@code /owners}, {@code /owners/{ownerId}/pets}) with
 * its items ({@code /owners/{ownerId}}). Each resource gathers its operations wherever they are mounted: petclinic
 * creates a pet at {@code POST /owners/{ownerId}/pets} and deletes it at {@code DELETE /pets/{petId}}. Collections of
 * the same name under different literal paths are different resources: Quarkus' quickstart keeps
 * {@code /entity/fruits} and {@code /repository/fruits} in two tables, and an id of one is not an id of the other.
 * Path variables and body fields are matched to resources by name: {@code {ownerId}}, {@code owner_id} and an
 * {@code owner} object's {@code id} all name an owner; a bare {@code {id}} names the collection before it.
 */
public final class Resources {

    /**
     * One resource.
     *
     * @param key      what tells it apart: its normalised singular name ({@code pettype} for {@code /pettypes}),
     *     after the
     *                 literal path before it when there is one ({@code entity/fruit} for {@code /entity/fruits})
     * @param label    the collection as the paths write it: {@code pettypes}, {@code entity/fruits}
     * @param variable the scenario variable that holds one item's id: {@code petTypeId}
     * @param idField  the field an item's id is read from in responses: {@code id}, or {@code slug} for {@code {slug}}
     */
    public record Resource(
            String key,
            String label,
            String variable,
            String idField,
            List<Endpoint> lists,
            List<Endpoint> creates,
            List<Endpoint> reads,
            List<Endpoint> updates,
            List<Endpoint> deletes) {

        /** The list with the fewest path variables (a top-level one when there is one). */
        public Optional<Endpoint> list() {
            return lists.stream().min(FEWEST_VARIABLES);
        }

        public Optional<Endpoint> create() {
            return creates.stream().min(FEWEST_VARIABLES);
        }

        /** Whether it has items one can read, change or delete: only then is it a journey's subject. */
        public boolean hasItems() {
            return !reads.isEmpty() || !updates.isEmpty() || !deletes.isEmpty();
        }
    }

    static final Comparator<Endpoint> FEWEST_VARIABLES = Comparator.comparingInt(
                    (Endpoint e) -> e.pathVariables().size())
            .thenComparingInt(e -> e.path().length());

    private final Map<String, Resource> byKey = new LinkedHashMap<>();
    private final Map<String, List<Resource>> byName = new LinkedHashMap<>();
    /** How many leading literal segments every path shares ({@code /api/v3}): not part of any resource's scope. */
    private final int prefix;

    public Resources(List<Endpoint> usable) {
        this.prefix = commonPrefix(usable);
        Map<String, Builder> builders = new LinkedHashMap<>();
        for (Endpoint e : usable) {
            List<String> segments = segments(e.path());
            if (segments.isEmpty()) {
                continue;
            }
            String last = segments.get(segments.size() - 1);
            boolean item = isVariable(last);
            int at = item ? segments.size() - 2 : segments.size() - 1;
            if (at < 0 || isVariable(segments.get(at))) {
                continue;
            }
            String scope = scope(segments, at);
            String label = scope.isEmpty() ? segments.get(at) : scope + "/" + segments.get(at);
            Builder b = builders.computeIfAbsent(keyOf(segments, at), k -> new Builder(k, label));
            boolean added = switch (e.method()) {
                case "GET" -> item ? b.reads.add(e) : b.lists.add(e);
                case "POST" -> !item && b.creates.add(e);
                case "PUT" -> (item || bodyNamesItsId(e)) && b.updates.add(e);
                case "PATCH" ->
                    item && b.updates.add(e); // PATCH /todos updates every match (LoopBack): never by a body id
                case "DELETE" -> item && b.deletes.add(e);
                default -> false;
            };
            if (added && item) {
                b.itemVariable = b.itemVariable == null ? last.substring(1, last.length() - 1) : b.itemVariable;
            }
        }
        builders.values().forEach(b -> {
            Resource resource = b.build();
            byKey.put(b.key, resource);
            byName.computeIfAbsent(nameOf(b.key), k -> new ArrayList<>()).add(resource);
        });
    }

    public List<Resource> all() {
        return List.copyOf(byKey.values());
    }

    private Optional<Resource> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * The resource a path variable names: {@code {ownerId}} an owner, {@code {id}} in {@code /owners/{id}} an owner
     * too;
     * of two resources with the name, the one the path itself is under.
     */
    public Optional<Resource> ofVariable(String path, String variable) {
        List<String> segments = segments(path);
        int at = segments.indexOf("{" + variable + "}");
        Optional<Resource> byPath =
                at > 0 && !isVariable(segments.get(at - 1)) ? get(keyOf(segments, at - 1)) : Optional.empty();
        String name = normalise(variable);
        List<Resource> named =
                name.length() > 2 && name.endsWith("id") && byName.containsKey(name.substring(0, name.length() - 2))
                        ? byName.get(name.substring(0, name.length() - 2))
                        : byName.getOrDefault(name, List.of());
        if (named.isEmpty()) {
            return byPath;
        }
        return byPath.filter(named::contains).or(() -> Optional.of(named.get(0)));
    }

    /**
     * The resources a request body refers to, by the field that refers: {@code petId} or {@code pet_id} (a pet), an
     * object field {@code type} holding an {@code id} (the resource whose name is or ends with {@code type}: a pet
     * type).
     */
    public Map<String, Resource> referencedBy(JsonNode sample, Resource self) {
        Map<String, Resource> refs = new LinkedHashMap<>();
        if (sample instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = normalise(field.getKey());
                Optional<Resource> target = Optional.empty();
                if (field.getValue().isValueNode() && name.length() > 2 && name.endsWith("id")) {
                    target = byName.getOrDefault(name.substring(0, name.length() - 2), List.of()).stream()
                            .findFirst();
                } else if (field.getValue() instanceof ObjectNode nested && nested.has("id")) {
                    target = byName.containsKey(name)
                            ? byName.get(name).stream().findFirst()
                            : byKey.values().stream()
                                    .filter(r -> nameOf(r.key()).endsWith(name))
                                    .findFirst();
                }
                target.filter(r -> self == null || !r.key().equals(self.key()))
                        .ifPresent(r -> refs.put(field.getKey(), r));
            }
        }
        return refs;
    }

    /** {@code PUT /pet} with {@code {"id": ...}}: an update that names its item in the body, not the path. */
    private static boolean bodyNamesItsId(Endpoint e) {
        return e.requestBody() != null && e.requestBody().sample() instanceof ObjectNode sample && sample.has("id");
    }

    /** The leading literal segments every path shares, never a path's last one. */
    private static int commonPrefix(List<Endpoint> endpoints) {
        List<String> common = null;
        int limit = Integer.MAX_VALUE;
        for (Endpoint e : endpoints) {
            List<String> segments = segments(e.path());
            limit = Math.min(limit, Math.max(0, segments.size() - 1));
            if (common == null) {
                common = new ArrayList<>(segments);
            }
            int n = 0;
            while (n < common.size()
                    && n < segments.size()
                    && common.get(n).equals(segments.get(n))
                    && !isVariable(segments.get(n))) {
                n++;
            }
            common = new ArrayList<>(common.subList(0, n));
        }
        return common == null ? 0 : Math.min(common.size(), limit);
    }

    /**
     * The literal segments before the collection at {@code at}, back to the shared prefix or a variable: empty for a
     * collection nested under an item ({@code /owners/{ownerId}/pets}), which is the same resource as a top-level one.
     */
    private String scope(List<String> segments, int at) {
        int from = at;
        while (from > prefix && !isVariable(segments.get(from - 1))) {
            from--;
        }
        return String.join("/", segments.subList(from, at));
    }

    private String keyOf(List<String> segments, int at) {
        String scope = scope(segments, at);
        return scope.isEmpty() ? key(segments.get(at)) : scope.toLowerCase(Locale.ROOT) + "/" + key(segments.get(at));
    }

    /** The singular name in a key: {@code fruit} for {@code entity/fruit}. */
    private static String nameOf(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        return segments;
    }

    static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** {@code pet-types} → {@code pettype}: lower case, letters and digits, singular. */
    static String key(String collection) {
        String name = normalise(collection);
        if (name.endsWith("ies") && name.length() > 3) {
            return name.substring(0, name.length() - 3) + "y";
        }
        if (name.endsWith("sses") || name.endsWith("xes") || name.endsWith("ches") || name.endsWith("shes")) {
            return name.substring(0, name.length() - 2);
        }
        return name.endsWith("s") && !name.endsWith("ss") && name.length() > 1
                ? name.substring(0, name.length() - 1)
                : name;
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** {@code pet-types} → {@code petType}: a singular camel-case name for variables. */
    static String camelSingular(String collection) {
        String[] words = collection.split("[^A-Za-z0-9]+");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty()) {
                out.append(
                                out.length() == 0
                                        ? Character.toLowerCase(word.charAt(0))
                                        : Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        String camel = out.length() == 0 ? "item" : out.toString();
        String lower = camel.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && camel.length() > 3) {
            return camel.substring(0, camel.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return camel.substring(0, camel.length() - 2);
        }
        return lower.endsWith("s") && !lower.endsWith("ss") ? camel.substring(0, camel.length() - 1) : camel;
    }

    private static final class Builder {
        final String key;
        final String label;
        String itemVariable;
        final List<Endpoint> lists = new ArrayList<>();
        final List<Endpoint> creates = new ArrayList<>();
        final List<Endpoint> reads = new ArrayList<>();
        final List<Endpoint> updates = new ArrayList<>();
        final List<Endpoint> deletes = new ArrayList<>();

        Builder(String key, String label) {
            this.key = key;
            this.label = label;
        }

        Resource build() {
            String name = itemVariable == null ? "id" : itemVariable;
            String normal = normalise(name);
            boolean idLike = normal.equals("id") || normal.endsWith("id");
            // {ownerId} is kept as written; {id} becomes ownerId; {slug} becomes articleSlug and is read from "slug"
            String variable = normal.equals("id")
                    ? camelSingular(label) + "Id"
                    : idLike ? name : camelSingular(label) + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            String idField = idLike ? "id" : name;
            return new Resource(
                    key,
                    label,
                    variable,
                    idField,
                    List.copyOf(lists),
                    List.copyOf(creates),
                    List.copyOf(reads),
                    List.copyOf(updates),
                    List.copyOf(deletes));
        }
    }
}
