package dev.benchpilot.tools.scripts;

import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.ScenarioSet;
import java.time.Duration;

/** What a script is written from: the same flows and profile benchpilot runs itself. Carries no secret. */
public record ScriptSpec(String baseUrl, ScenarioSet scenarios, LoadProfile profile, Duration requestTimeout) {
}
