package dev.benchpilot.tools.scripts;

import dev.benchpilot.tools.analysis.Sla;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.ScenarioSet;
import java.time.Duration;
import java.util.Objects;

/**
 * What a script is written from: the same flows and profile benchpilot runs itself. Carries no secret:
 * scripts read the test user from the environment when they run.
 *
 * @param baseUrl        the target written into the script as the default, overridable when the script runs
 * @param scenarios      the flows and their mix
 * @param profile        the offered request rate over time, turned into each flow's arriving users
 * @param requestTimeout how long one request may take before it counts as failed
 * @param sla            service levels a script checks itself where its tool can (k6 thresholds), or null
 * @param parallelism    how many machines or pods share the load in the distributed files (k6-operator), at least 1
 */
public record ScriptSpec(
        String baseUrl, ScenarioSet scenarios, LoadProfile profile, Duration requestTimeout, Sla sla, int parallelism) {

    public ScriptSpec(String baseUrl, ScenarioSet scenarios, LoadProfile profile, Duration requestTimeout) {
        this(baseUrl, scenarios, profile, requestTimeout, null, 1);
    }

    public ScriptSpec(String baseUrl, ScenarioSet scenarios, LoadProfile profile, Duration requestTimeout, Sla sla) {
        this(baseUrl, scenarios, profile, requestTimeout, sla, 1);
    }

    public ScriptSpec {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(scenarios, "scenarios");
        Objects.requireNonNull(profile, "profile");
        parallelism = Math.max(1, parallelism);
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("a script needs a positive request timeout, was " + requestTimeout);
        }
    }
}
