package dev.benchpilot.examples.shop;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Opaque bearer tokens mapped to user ids, each valid for {@link #LIFETIME}. */
final class Sessions {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byToken = new ConcurrentHashMap<>();

    String open(long userId) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        byToken.put(token, new Session(userId, System.nanoTime() + LIFETIME.toNanos()));
        return token;
    }

    /** The user of a valid token, or null. */
    Long userOf(String token) {
        Session session = token == null ? null : byToken.get(token);
        if (session == null) {
            return null;
        }
        if (System.nanoTime() - session.expiresAtNanos() > 0) {
            byToken.remove(token);
            return null;
        }
        return session.userId();
    }

    private record Session(long userId, long expiresAtNanos) {
    }
}
