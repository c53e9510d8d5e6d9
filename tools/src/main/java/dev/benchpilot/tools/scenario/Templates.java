package dev.benchpilot.tools.scenario;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{name}}} placeholders of step templates, and the drawing of step variables: one definition for every
 * engine and writer.
 */
public final class Templates {

    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Templates() {}

    /** Adds the names of {@code template}'s placeholders to {@code names}; a null template has none. */
    public static void placeholders(String template, java.util.Set<String> names) {
        if (template == null) {
            return;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
    }

    /** Replaces each placeholder with {@code replacement(name)}; returns null when that gives null for any. */
    public static String replace(String template, Function<String, String> replacement) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = replacement.apply(matcher.group(1));
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The template with the values filled in, or null when one is missing. */
    public static String render(String template, Map<String, ?> values) {
        return replace(template, name -> values.get(name) == null ? null : String.valueOf(values.get(name)));
    }

    /** A value for {@code source}; credentials come from {@code account}, null when there is none. */
    public static Object draw(ValueSource source, Credentials.Account account) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (source instanceof ValueSource.RandomInt r) {
            return random.nextLong(r.min(), r.max() + 1);
        }
        if (source instanceof ValueSource.RandomString s) {
            StringBuilder text = new StringBuilder(s.prefix());
            for (int i = 0; i < s.length(); i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            return text.toString();
        }
        if (source instanceof ValueSource.OneOf o) {
            return o.values().get(random.nextInt(o.values().size()));
        }
        ValueSource.Credential credential = (ValueSource.Credential) source;
        if (account == null) {
            return null;
        }
        return credential.part() == ValueSource.Credential.Part.USERNAME ? account.username() : account.password();
    }

    /** The account a step logs in with, round-robin, or null when the step draws no credential. */
    public static Credentials.Account accountFor(Step step, Credentials credentials) {
        boolean login = step.variables().values().stream().anyMatch(v -> v instanceof ValueSource.Credential);
        return credentials == null || !login ? null : credentials.next();
    }
}
