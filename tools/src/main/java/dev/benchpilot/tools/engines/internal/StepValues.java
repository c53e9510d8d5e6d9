package dev.benchpilot.tools.engines.internal;

import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ValueSource;
import io.gatling.javaapi.core.Session;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Draws a step's variables into the Gatling session. Credentials come from memory, never from a file. */
final class StepValues {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Step step;
    private final Credentials credentials;

    StepValues(Step step, Credentials credentials) {
        this.step = step;
        this.credentials = credentials;
    }

    Session draw(Session session) {
        Session result = session;
        boolean login = step.variables().values().stream().anyMatch(v -> v instanceof ValueSource.Credential);
        Credentials.Account account = credentials == null || !login ? null : credentials.next();
        for (Map.Entry<String, ValueSource> variable : step.variables().entrySet()) {
            Object value = value(variable.getValue(), account);
            if (value != null) {
                result = result.set(variable.getKey(), value);
            }
        }
        return result;
    }

    private static Object value(ValueSource source, Credentials.Account account) {
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
        if (source instanceof ValueSource.Credential c && account != null) {
            return c.part() == ValueSource.Credential.Part.USERNAME ? account.username() : account.password();
        }
        return null;
    }
}
