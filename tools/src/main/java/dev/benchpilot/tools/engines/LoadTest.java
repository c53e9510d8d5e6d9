package dev.benchpilot.tools.engines;

import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.ScenarioSet;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What an engine runs: flows under a load profile against one base URL.
 *
 * @param credentials    the test user for flows that log in, or null
 * @param workDir        a directory of the run's workspace the engine may write into
 * @param requestTimeout a request without a response after this long counts as failed (status 0)
 * @param stop           asks the engine to end the load early (the target is gone); shared by the steps of a search
 */
public record LoadTest(
        URI baseUrl,
        ScenarioSet scenarios,
        LoadProfile profile,
        Credentials credentials,
        Path workDir,
        Duration requestTimeout,
        LoadStop stop) {

    /** A test that only ends when its profile does. */
    public LoadTest(
            URI baseUrl,
            ScenarioSet scenarios,
            LoadProfile profile,
            Credentials credentials,
            Path workDir,
            Duration requestTimeout) {
        this(baseUrl, scenarios, profile, credentials, workDir, requestTimeout, new LoadStop());
    }

    /** The same test with another profile and work directory (one step of a search), sharing this one's stop. */
    public LoadTest step(LoadProfile stepProfile, Path stepDir) {
        return new LoadTest(baseUrl, scenarios, stepProfile, credentials, stepDir, requestTimeout, stop);
    }

    /** The same test with other flows (the pre-flight's, without the steps that fail with no load). */
    public LoadTest withScenarios(ScenarioSet other) {
        return new LoadTest(baseUrl, other, profile, credentials, workDir, requestTimeout, stop);
    }

    public LoadTest {
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(scenarios, "scenarios");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** The base URL without a trailing slash, so that paths starting with a slash can be appended. */
    public String baseUrlText() {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
