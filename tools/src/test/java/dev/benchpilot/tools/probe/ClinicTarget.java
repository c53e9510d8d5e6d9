package dev.benchpilot.tools.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny veterinary-clinic JSON service on a free loopback port, shaped like the real services scenarios are measured
 * on. Owners ({@code /owners}, {@code /owners/{ownerId}}) return their new id in the body; pets, created under their
 * owner ({@code POST /owners/{ownerId}/pets}), only in the {@code Location} header (201, empty body). A pet's body
 * names its type ({@code "type": {"id": n}}, types at {@code /pettypes}); a visit's names its pet ({@code "petId"}).
 * {@code GET /oops} answers 500 always. A new owner that brings its own id is refused (400), as JHipster refuses
 * one. Owners 1-3, pets 1-3 and types 1-2 exist before any run; every write is
 * recorded with the id it named, so a test can tell whether a run changed what existed before it.
 */
public final class ClinicTarget implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OWNER = Pattern.compile("/owners/(\\d+)");
    private static final Pattern OWNER_PETS = Pattern.compile("/owners/(\\d+)/pets");
    private static final Pattern OWNER_PET = Pattern.compile("/owners/(\\d+)/pets/(\\d+)");
    private static final Pattern PET = Pattern.compile("/pets/(\\d+)");
    private static final Pattern VISIT = Pattern.compile("/visits/(\\d+)");

    /** What existed before any run. */
    public static final Set<Long> OWNERS_BEFORE = Set.of(1L, 2L, 3L);

    public static final Set<Long> PETS_BEFORE = Set.of(1L, 2L, 3L);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final AtomicLong ids = new AtomicLong(100);
    private final Map<Long, String> owners = new ConcurrentHashMap<>();
    private final Map<Long, Long> pets = new ConcurrentHashMap<>(); // pet -> owner
    private final Map<Long, Long> visits = new ConcurrentHashMap<>(); // visit -> pet
    /** Every PUT, PATCH or DELETE as "METHOD kind id", and every POST as "POST kind parentId". */
    public final ConcurrentLinkedQueue<String> writes = new ConcurrentLinkedQueue<>();

    public final AtomicLong served = new AtomicLong();
    /** Visits created over the target's life (deleted ones too). */
    public final AtomicLong visitsMade = new AtomicLong();

    public ClinicTarget() throws IOException {
        OWNERS_BEFORE.forEach(id -> owners.put(id, "{\"id\":" + id + ",\"lastName\":\"Before\"}"));
        PETS_BEFORE.forEach(id -> pets.put(id, 1L));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Writes that named an owner or pet that existed before the run (POSTs under them included). */
    public List<String> writesToDataBefore() {
        return writes.stream()
                .filter(w -> {
                    String[] parts = w.split(" ");
                    long id = Long.parseLong(parts[2]);
                    return parts[1].equals("owner")
                            ? OWNERS_BEFORE.contains(id)
                            : parts[1].equals("pet") && PETS_BEFORE.contains(id);
                })
                .toList();
    }

    public int owners() {
        return owners.size();
    }

    public int visits() {
        return visits.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        served.incrementAndGet();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath().replaceAll("/+$", "");
        JsonNode body = body(exchange);
        Matcher m;
        if (path.equals("/oops")) {
            reply(exchange, 500, "{\"error\":\"this endpoint always fails\"}");
        } else if (path.equals("/pettypes") && method.equals("GET")) {
            reply(exchange, 200, "[{\"id\":1,\"name\":\"cat\"},{\"id\":2,\"name\":\"dog\"}]");
        } else if (path.equals("/owners") && method.equals("GET")) {
            reply(exchange, 200, "[" + String.join(",", owners.values()) + "]");
        } else if (path.equals("/owners") && method.equals("POST")) {
            if (body.has("id")) {
                reply(exchange, 400, "{\"title\":\"A new owner cannot already have an ID\"}");
                return;
            }
            long id = ids.incrementAndGet();
            owners.put(
                    id,
                    "{\"id\":" + id + ",\"lastName\":\"" + body.path("lastName").asText() + "\"}");
            writes.add("POST owner " + id);
            reply(exchange, 201, owners.get(id));
        } else if ((m = OWNER_PETS.matcher(path)).matches() && method.equals("POST")) {
            long owner = Long.parseLong(m.group(1));
            long type = body.path("type").path("id").asLong(-1);
            if (!owners.containsKey(owner) || (type != 1 && type != 2)) {
                reply(exchange, 404, "{\"error\":\"no such owner or type\"}");
                return;
            }
            long id = ids.incrementAndGet();
            pets.put(id, owner);
            writes.add("POST owner " + owner);
            exchange.getResponseHeaders().add("Location", "/pets/" + id);
            reply(exchange, 201, "");
        } else if ((m = OWNER_PET.matcher(path)).matches()) {
            long pet = Long.parseLong(m.group(2));
            found(exchange, Long.valueOf(Long.parseLong(m.group(1))).equals(pets.get(pet)), "{\"id\":" + pet + "}");
        } else if ((m = OWNER.matcher(path)).matches()) {
            long id = Long.parseLong(m.group(1));
            if (!method.equals("GET")) {
                writes.add(method + " owner " + id);
            }
            if (method.equals("DELETE")) {
                found(exchange, owners.remove(id) != null, "");
            } else {
                found(exchange, owners.containsKey(id), owners.get(id));
            }
        } else if ((m = PET.matcher(path)).matches()) {
            long id = Long.parseLong(m.group(1));
            if (!method.equals("GET")) {
                writes.add(method + " pet " + id);
            }
            found(
                    exchange,
                    method.equals("DELETE") ? pets.remove(id) != null : pets.containsKey(id),
                    "{\"id\":" + id + "}");
        } else if (path.equals("/visits") && method.equals("POST")) {
            long pet = body.path("petId").asLong(-1);
            if (!pets.containsKey(pet)) {
                reply(exchange, 404, "{\"error\":\"no such pet\"}");
                return;
            }
            long id = ids.incrementAndGet();
            visits.put(id, pet);
            visitsMade.incrementAndGet();
            reply(exchange, 201, "{\"id\":" + id + ",\"petId\":" + pet + "}");
        } else if ((m = VISIT.matcher(path)).matches()) {
            long id = Long.parseLong(m.group(1));
            found(
                    exchange,
                    method.equals("DELETE") ? visits.remove(id) != null : visits.containsKey(id),
                    "{\"id\":" + id + "}");
        } else {
            reply(exchange, 404, "{\"error\":\"not found\"}");
        }
    }

    private void found(HttpExchange exchange, boolean found, String body) throws IOException {
        reply(exchange, found ? (body.isEmpty() ? 204 : 200) : 404, found ? body : "{\"error\":\"not found\"}");
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        try {
            return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    /** An owner sample as a detector would give it. */
    public static ObjectNode ownerSample() {
        return JSON.createObjectNode().put("lastName", "Franklin");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
