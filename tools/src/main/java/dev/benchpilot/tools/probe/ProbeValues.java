package dev.benchpilot.tools.probe;

import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ValueSource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Draws step variables and renders {@code {{name}}} templates for requests benchpilot sends itself. */
final class ProbeValues {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    private ProbeValues() {
    }

    static Map<String, String> draw(Step step, Credentials credentials) {
        Map<String, String> values = new HashMap<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean login = step.variables().values().stream().anyMatch(v -> v instanceof ValueSource.Credential);
        Credentials.Account account = credentials == null || !login ? null : credentials.next();
        step.variables().forEach((name, source) -> {
            String value = null;
            if (source instanceof ValueSource.RandomInt r) {
                value = Long.toString(random.nextLong(r.min(), r.max() + 1));
            } else if (source instanceof ValueSource.RandomString s) {
                value = s.prefix() + Long.toString(random.nextLong(1L << 40), 36);
            } else if (source instanceof ValueSource.OneOf o) {
                value = o.values().get(random.nextInt(o.values().size()));
            } else if (source instanceof ValueSource.Credential c && account != null) {
                value = c.part() == ValueSource.Credential.Part.USERNAME ? account.username() : account.password();
            }
            if (value != null) {
                values.put(name, value);
            }
        });
        return values;
    }

    /** The rendered template, or null when a placeholder has no value. */
    static String render(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
