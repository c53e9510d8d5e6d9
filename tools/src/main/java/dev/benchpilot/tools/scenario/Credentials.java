package dev.benchpilot.tools.scenario;

/**
 * A test user for flows that log in. {@link #toString()} never shows the password.
 */
public record Credentials(String username, String password) {

    /** Parses {@code user:password}; the password may contain colons. */
    public static Credentials parse(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException("credentials must look like user:password");
        }
        return new Credentials(value.substring(0, colon), value.substring(colon + 1));
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=****]";
    }
}
