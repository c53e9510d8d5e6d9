package dev.benchpilot.tools.engines;

import java.util.Locale;

/**
 * How the load generator holds its connections. Between services, clients keep a few keep-alive connections and reuse
 * them for every request ({@link #SHARED}, the default); a browser opens its own ({@link #PER_USER}), so every new
 * virtual user connects anew. Per-user connections cost the generator a TCP handshake per arriving user and leave a
 * socket in TIME_WAIT per user: at thousands of users a second they, not the target, become the limit.
 */
public enum ConnectionModel {
    SHARED("shared", "keep-alive connections reused across virtual users"),
    PER_USER("per-user", "each virtual user opens its own connections");

    private final String cliName;
    private final String description;

    ConnectionModel(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    public String cliName() {
        return cliName;
    }

    public String description() {
        return description;
    }

    /** Parses {@code shared} or {@code per-user}. */
    public static ConnectionModel parse(String text) {
        for (ConnectionModel model : values()) {
            if (model.cliName.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return model;
            }
        }
        throw new IllegalArgumentException("connections must be shared or per-user, was '" + text + "'");
    }
}
