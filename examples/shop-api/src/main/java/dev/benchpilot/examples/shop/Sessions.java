package dev.benchpilot.examples.shop;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opaque bearer tokens (48 hex characters) mapped to user ids, each valid for {@link #LIFETIME}. Thread-safe.
 * Expired tokens are dropped when used and, every {@value #SWEEP_EVERY_OPENS} logins, all at once, so a long
 * load test that logs in over and over does not grow the map without bound.
 */
final class Sessions {

    static final Duration LIFETIME = Duration.ofHours(1);
    private static final int SWEEP_EVERY_OPENS = 4096;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byToken = new ConcurrentHashMap<>();
    private final AtomicLong opened = new AtomicLong();

    String open(long userId) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        long nowNanos = System.nanoTime();
        byToken.put(token, new Session(userId, nowNanos + LIFETIME.toNanos()));
        if (opened.incrementAndGet() % SWEEP_EVERY_OPENS == 0) {
            byToken.values().removeIf(session -> session.expiredAt(nowNanos));
        }
        return token;
    }

    /** The user of a valid token, or null. */
    Long userOf(String token) {
        Session session = token == null ? null : byToken.get(token);
        if (session == null) {
            return null;
        }
        if (session.expiredAt(System.nanoTime())) {
            byToken.remove(token);
            return null;
        }
        return session.userId();
    }

    private record Session(long userId, long expiresAtNanos) {
        boolean expiredAt(long nowNanos) {
            return nowNanos - expiresAtNanos > 0;
        }
    }
}
