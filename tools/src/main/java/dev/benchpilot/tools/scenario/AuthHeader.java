package dev.benchpilot.tools.scenario;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A static credential sent as one header on every authenticated step of a journey that does not log in, such as
 * {@code Authorization: Bearer eyJ...} or {@code X-Api-Key: abc}. Given with {@code --auth-header} or, to a
 * generated script, in the environment variable {@value #ENV}. {@link #toString()} hides the value.
 */
public record AuthHeader(String name, String value) {

    public static final String ENV = "BENCHPILOT_AUTH_HEADER";

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    public AuthHeader {
        if (name == null || !TOKEN.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "--auth-header must look like \"Name: value\" with an HTTP header name, such as "
                            + "\"Authorization: Bearer eyJ...\"");
        }
        if (value == null || value.isBlank() || value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("--auth-header " + name + " needs a value on one line");
        }
    }

    /** Parses {@code Name: value}. */
    public static AuthHeader parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(
                    "--auth-header must look like \"Name: value\", such as \"Authorization: Bearer eyJ...\"");
        }
        return new AuthHeader(
                text.substring(0, colon).trim(), text.substring(colon + 1).trim());
    }

    /**
     * The header an authenticated {@code step} of {@code flow} sends, given the journey's variables so far: the
     * bearer token when the flow logs in, else the run's static header; null when the step is not authenticated or
     * what it needs is missing (no token captured, no static header given).
     */
    public static AuthHeader forStep(
            Flow flow, Step step, java.util.Map<String, ?> variables, Credentials credentials) {
        if (!step.authenticated()) {
            return null;
        }
        if (flow.logsIn()) {
            Object token = variables.get(Step.TOKEN_VARIABLE);
            return token == null ? null : new AuthHeader("Authorization", "Bearer " + token);
        }
        return credentials == null ? null : credentials.authHeader();
    }

    @Override
    public String toString() {
        String scheme = value.contains(" ") ? value.substring(0, value.indexOf(' ')) + " " : "";
        return name + ": "
                + (scheme.toLowerCase(Locale.ROOT).equals("bearer ")
                                || scheme.toLowerCase(Locale.ROOT).equals("basic ")
                        ? scheme
                        : "")
                + "****";
    }
}
