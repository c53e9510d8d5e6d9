package dev.benchpilot.agents.scenario.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import net.datafaker.Faker;

/**
 * Realistic values for text fields of request bodies, chosen by the field's name (a title gets product-like titles,
 * a city gets cities), drawn once by Datafaker with a seed taken from the name so a plan is reproducible, and
 * written into the scripts as a list each request picks from. At most {@value #MAX_LENGTH} characters each: the
 * detected sample satisfies the field's length limits, these are kept as short as common limits allow, and free of
 * characters that would need escaping inside a JSON string (scripts insert them as text).
 */
public final class FakeValues {

    static final int COUNT = 12;
    static final int MAX_LENGTH = 40;

    private record Kind(List<String> nameParts, Function<Faker, String> value) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(List.of("firstname", "givenname"), f -> f.name().firstName()),
            new Kind(List.of("lastname", "surname", "familyname"), f -> f.name().lastName()),
            new Kind(
                    List.of("fullname", "displayname", "author", "customername"),
                    f -> f.name().fullName()),
            new Kind(List.of("phone", "mobile"), f -> f.phoneNumber().cellPhone()),
            new Kind(List.of("street", "address"), f -> f.address().streetAddress()),
            new Kind(List.of("city", "town"), f -> f.address().city()),
            new Kind(List.of("country"), f -> f.address().country()),
            new Kind(List.of("zip", "postal", "postcode"), f -> f.address().zipCode()),
            new Kind(
                    List.of("company", "organisation", "organization"),
                    f -> f.company().name()),
            new Kind(List.of("color", "colour"), f -> f.color().name()),
            new Kind(List.of("tag", "category", "label"), f -> f.commerce().department()),
            new Kind(
                    List.of("title", "product", "subject", "headline"),
                    f -> f.commerce().productName()),
            new Kind(
                    List.of(
                            "description",
                            "comment",
                            "body",
                            "content",
                            "text",
                            "message",
                            "note",
                            "bio",
                            "summary",
                            "review"),
                    f -> f.lorem().sentence(4)),
            new Kind(List.of("name"), f -> f.name().fullName()));

    private FakeValues() {}

    /**
     * About {@value #COUNT} distinct values for a text field named {@code field}, or empty when its name says nothing.
     */
    public static Optional<List<String>> forField(String field) {
        String key = field.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        for (Kind kind : KINDS) {
            if (kind.nameParts().stream().anyMatch(key::contains)) {
                Faker faker = new Faker(Locale.US, new Random(key.hashCode()));
                Set<String> values = new LinkedHashSet<>();
                for (int attempt = 0; attempt < COUNT * 4 && values.size() < COUNT; attempt++) {
                    String value = kind.value().apply(faker).trim();
                    if (!value.isEmpty()
                            && value.length() <= MAX_LENGTH
                            && value.chars().noneMatch(c -> c == '"' || c == '\\' || c < 0x20)) {
                        values.add(value);
                    }
                }
                return values.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(values));
            }
        }
        return Optional.empty();
    }
}
