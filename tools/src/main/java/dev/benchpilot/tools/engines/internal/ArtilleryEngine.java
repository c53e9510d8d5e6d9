package dev.benchpilot.tools.engines.internal;

import dev.benchpilot.tools.engines.EngineException;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.scripts.ScriptWriter;
import dev.benchpilot.tools.scripts.ScriptWriters;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Artillery 2.x on the generated {@code load-test.artillery.yml}. Per-request latency and status come from the
 * generated processor's response hook ({@code afterStep}: got's {@code timings.phases.total}) and error hook
 * ({@code stepError}, status 0), not from Artillery's sketch-based summary. Telemetry and update checks are off,
 * so Artillery makes no call but to the target.
 */
public final class ArtilleryEngine extends ProcessEngine {

    @Override
    public String connections() {
        return "per-user: each Artillery virtual user opens its own connections";
    }

    @Override
    public String name() {
        return "artillery";
    }

    @Override
    public String unavailableReason() {
        return Executables.onPath("artillery").isPresent()
                ? null
                : "artillery is not on PATH: install it with `PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install -g "
                        + "artillery@2`, "
                        + "or use --tool gatling (embedded, nothing to install)";
    }

    @Override
    ScriptWriter writer() {
        return ScriptWriters.byTool("artillery").orElseThrow();
    }

    @Override
    Map<String, String> environment() {
        return Map.of("ARTILLERY_DISABLE_TELEMETRY", "true", "NO_UPDATE_NOTIFIER", "1", "DO_NOT_TRACK", "1");
    }

    /** {@code aggregate.counters["http.requests"]} of the {@code --output} report. */
    @Override
    Long reportedRequests(Path dir) {
        return ReportedCounts.jsonCount(dir.resolve("artillery-report.json"), "/aggregate/counters/http.requests");
    }

    @Override
    List<List<String>> commands(Path script, LoadTest test, Path results) throws EngineException {
        Path artillery = Executables.onPath("artillery").orElseThrow(() -> new EngineException(unavailableReason()));
        return List.of(List.of(
                artillery.toString(),
                "run",
                "--target",
                test.baseUrlText(),
                "--output",
                script.resolveSibling("artillery-report.json").toString(),
                script.getFileName().toString()));
    }
}
