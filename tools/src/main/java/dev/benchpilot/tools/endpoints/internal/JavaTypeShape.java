package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.Set;

/**
 * How a DTO member's Java type appears in JSON.
 *
 * @param json        integer, number, boolean, string, array or object
 * @param declaration the DTO or enum declared in the tree that the type (not its element) stands for, or null
 * @param element     for arrays and collections, the element's shape when known, else null
 * @param format      for string values, the format they are written in (uuid, date, ...), or null
 */
record JavaTypeShape(String json, TypeDeclaration<?> declaration, JavaTypeShape element, String format) {

    private static final Set<String> COLLECTIONS = Set.of(
            "List",
            "Set",
            "Collection",
            "Iterable",
            "ArrayList",
            "LinkedList",
            "HashSet",
            "LinkedHashSet",
            "TreeSet",
            "SortedSet",
            "Queue",
            "Deque");
    private static final Set<String> WRAPPERS = Set.of("Optional", "AtomicReference");
    private static final Set<String> STRINGS = Set.of(
            "String",
            "CharSequence",
            "char",
            "Character",
            "UUID",
            "Instant",
            "OffsetDateTime",
            "ZonedDateTime",
            "LocalDateTime",
            "LocalDate",
            "LocalTime",
            "Duration",
            "Period",
            "URI",
            "URL",
            "Date",
            "Locale",
            "Currency",
            "ZoneId",
            "byte[]");

    static String simple(String javaType) {
        return javaType.replaceAll("<.*", "").replaceAll(".*\\.", "");
    }

    static JavaTypeShape of(Type type, JavaSources sources, Node near) {
        if (type.isArrayType() && !type.asString().equals("byte[]")) {
            return new JavaTypeShape("array", null, of(type.asArrayType().getComponentType(), sources, near), null);
        }
        String simple = simple(type.asString());
        Type argument = type instanceof ClassOrInterfaceType generic
                ? generic.getTypeArguments()
                        .filter(a -> !a.isEmpty())
                        .map(a -> a.get(0))
                        .orElse(null)
                : null;
        if (COLLECTIONS.contains(simple)) {
            return new JavaTypeShape("array", null, argument == null ? null : of(argument, sources, near), null);
        }
        if (WRAPPERS.contains(simple) && argument != null) {
            return of(argument, sources, near);
        }
        if (type.isPrimitiveType()
                || STRINGS.contains(simple)
                || type.asString().equals("byte[]")) {
            return new JavaTypeShape(
                    DtoSamples.jsonType(type.asString().equals("byte[]") ? "String" : type.asString()),
                    null,
                    null,
                    SampleValues.formatOf(simple));
        }
        String scalar = DtoSamples.jsonType(type.asString());
        if (!scalar.equals("string")) {
            return new JavaTypeShape(scalar, null, null, null);
        }
        TypeDeclaration<?> declared = sources.type(simple, near);
        return declared instanceof EnumDeclaration
                ? new JavaTypeShape("string", declared, null, null)
                : new JavaTypeShape("object", declared, null, null);
    }
}
