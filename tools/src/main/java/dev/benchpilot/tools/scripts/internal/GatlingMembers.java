package dev.benchpilot.tools.scripts.internal;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.BodyDeclaration;

/**
 * The fixed members of every generated simulation: how settings are read, and the random values steps draw.
 * Constant source text (nothing from the spec), parsed into declarations.
 */
final class GatlingMembers {

    private GatlingMembers() {}

    /** A system property, else an environment variable, else empty: how the test user is read. */
    static BodyDeclaration<?> setting() {
        return StaticJavaParser.parseBodyDeclaration("""
                private static String setting(String property, String environmentVariable) {
                    String value = System.getProperty(property, System.getenv(environmentVariable));
                    return value == null ? "" : value;
                }
                """);
    }

    static BodyDeclaration<?> randomString() {
        return StaticJavaParser.parseBodyDeclaration("""
                private static String randomString(String prefix, int length) {
                    StringBuilder text = new StringBuilder(prefix);
                    for (int i = 0; i < length; i++) {
                        text.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
                    }
                    return text.toString();
                }
                """);
    }

    static BodyDeclaration<?> oneOf() {
        return StaticJavaParser.parseBodyDeclaration("""
                private static String oneOf(String... values) {
                    return values[ThreadLocalRandom.current().nextInt(values.length)];
                }
                """);
    }

    /**
     * The last path segment of a header's value ({@code Location: /owners/42} gives 42), for {@code header:} captures.
     */
    static BodyDeclaration<?> lastSegment() {
        return StaticJavaParser.parseBodyDeclaration("""
                private static String lastSegment(String value) {
                    String path = value.replaceAll("[?#].*$", "").replaceAll("/+$", "");
                    return path.substring(path.lastIndexOf('/') + 1);
                }
                """);
    }
}
