package dev.benchpilot.tools.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * Where a scenario variable gets its value before a step runs. Script writers and engines each
 * translate these into their own language; none of them carries a secret in clear.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ValueSource.RandomInt.class, name = "randomInt"),
    @JsonSubTypes.Type(value = ValueSource.RandomString.class, name = "randomString"),
    @JsonSubTypes.Type(value = ValueSource.OneOf.class, name = "oneOf"),
    @JsonSubTypes.Type(value = ValueSource.Credential.class, name = "credential")
})
public sealed interface ValueSource {

    /** A uniformly drawn integer in {@code [min, max]}. */
    record RandomInt(long min, long max) implements ValueSource {

        /**
         * The range a create's own id is drawn from: far above the ids services number from (see the scenario agent).
         */
        public static final RandomInt FRESH_ID = new RandomInt(1_000_000_000L, 1_999_999_999L);
    }

    /** {@code prefix} followed by random letters and digits. */
    record RandomString(String prefix, int length) implements ValueSource {}

    /** One of fixed values, uniformly. */
    record OneOf(List<String> values) implements ValueSource {}

    /** The test user's name or password, supplied at run time, never written into scripts. */
    record Credential(Part part) implements ValueSource {
        public enum Part {
            USERNAME,
            PASSWORD
        }
    }
}
