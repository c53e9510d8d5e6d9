package dev.benchpilot.tools.endpoints;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Path normalisation shared by every detector, so that the same operation found twice merges. */
public final class EndpointPaths {

    /**
     * {@code :id} at the start of a segment, with an Express-style {@code (regex)} or {@code ?} after it; not {@code
     * items:batchGet}.
     */
    private static final Pattern COLON_VARIABLE = Pattern.compile("(^|/):([A-Za-z_][A-Za-z0-9_]*)(?:\\([^)]*\\))?\\??");
    /**
     * An Express 5 optional group: {@code {/:rev}}, {@code {:cacheBust}}, {@code {.:ext}}; the path without it is
     * served.
     */
    private static final Pattern OPTIONAL_GROUP = Pattern.compile("\\{[/:.*][^{}]*}");
    /**
     * Flask / Werkzeug {@code <id>}, {@code <int:id>}, a custom converter {@code <hash64:id>}, {@code <any(a,
     * b):kind>}.
     */
    private static final Pattern ANGLE_VARIABLE =
            Pattern.compile("<(?:[A-Za-z_][A-Za-z0-9_]*(?:\\([^()<>]*\\))?:)?([A-Za-z_][A-Za-z0-9_]*)>");
    /** {@code {id}}, {@code {id: [0-9]+}}, {@code {code:[A-Z]{3}}} (one level of braces inside the constraint). */
    private static final Pattern BRACE_VARIABLE =
            Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.-]*)(?:[^{}]|\\{[^{}]*})*}");

    private EndpointPaths() {}

    /**
     * Leading slash, no trailing slash, repeated slashes collapsed, {@code :id}, {@code <id>}, {@code <int:id>} and
     * {@code {id: [0-9]+}} all become {@code {id}}; an Express 5 optional group ({@code /p/:pad{/:rev}}) is left out.
     * Null or blank is {@code /}.
     */
    public static String normalise(String rawPath) {
        String path = rawPath == null ? "" : rawPath.trim();
        path = OPTIONAL_GROUP.matcher(path).replaceAll("");
        path = BRACE_VARIABLE.matcher(path).replaceAll("{$1}");
        path = ANGLE_VARIABLE.matcher(path).replaceAll("{$1}");
        path = COLON_VARIABLE.matcher(path).replaceAll("$1{$2}");
        path = ("/" + path).replaceAll("/{2,}", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    /** Joins a prefix and a path as a router would mount them. */
    public static String join(String prefix, String path) {
        return normalise((prefix == null ? "" : prefix) + "/" + (path == null ? "" : path));
    }

    /** The variable names of a normalised path, in order. */
    public static List<String> variables(String normalisedPath) {
        List<String> names = new ArrayList<>();
        Matcher matcher = BRACE_VARIABLE.matcher(normalisedPath);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
