package dev.benchpilot.tools.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a step's capture expression reads from a response. An expression is one or more alternatives separated by
 * {@value #OR}, tried in order until one gives a value:
 * <ul>
 *   <li>a JSONPath of the subset every engine understands ({@code $.id}, {@code $.data.id}, {@code $..id}: a random
 *   match);</li>
 *   <li>{@code header:Location}: the last path segment of that response header, as a create's {@code Location:
 *       /owners/42} gives {@code 42}.</li>
 * </ul>
 * For example {@code $.id || $.ownerId || header:Location}: the id a create returns in its body or its {@code
 * Location}.
 */
public record Capture(List<Alternative> alternatives) {

    public static final String OR = " || ";
    static final String HEADER = "header:";

    /** One way to read the value. */
    public sealed interface Alternative {}

    /** A JSONPath into the response body. */
    public record JsonField(String path) implements Alternative {
        /** Whether it may match several values (one is then picked at random). */
        public boolean several() {
            return path.contains("..") || path.contains("*");
        }
    }

    /** The last path segment of a response header's value. */
    public record HeaderSegment(String header) implements Alternative {}

    public Capture {
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("a capture needs at least one alternative");
        }
    }

    /** Parses an expression; a part that is neither a JSONPath nor {@code header:Name} is refused. */
    public static Capture parse(String expression) {
        List<Alternative> alternatives = new ArrayList<>();
        for (String part : expression.split("\\s*\\|\\|\\s*")) {
            String text = part.trim();
            if (text.startsWith("$")) {
                alternatives.add(new JsonField(text));
            } else if (text.toLowerCase(Locale.ROOT).startsWith(HEADER) && text.length() > HEADER.length()) {
                alternatives.add(
                        new HeaderSegment(text.substring(HEADER.length()).trim()));
            } else {
                throw new IllegalArgumentException(
                        "a capture is a JSONPath ($.id) or header:Name, alternatives joined by ||; was: " + expression);
            }
        }
        return new Capture(alternatives);
    }

    /**
     * The value a header alternative takes from the header's text: its last non-empty path segment, without a query.
     */
    public static String lastSegment(String headerValue) {
        if (headerValue == null) {
            return null;
        }
        String path = headerValue.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        String segment = path.substring(path.lastIndexOf('/') + 1).trim();
        return segment.isEmpty() ? null : segment;
    }
}
