package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.tools.engines.LoadEngine;
import dev.benchpilot.tools.engines.LoadEngines;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Which engine runs a benchmark, and why: {@code --tool NAME} as asked (missing → a usage error saying how to
 * install it), or {@code --tool auto} by the reference's logic adapted to what benchpilot measures —
 *
 * <ol>
 *   <li>{@code --workers N} needs Locust's distributed mode;</li>
 *   <li>an adaptive stress search changes the rate between short steps, which the embedded engine does without
 *       starting a process per step: Gatling;</li>
 *   <li>a Python service (FastAPI, Flask): Locust, the team's language, when installed;</li>
 *   <li>a JavaScript service (Express): k6 when installed (high rates from one process), else Artillery;</li>
 *   <li>otherwise, and for JVM services: Gatling, embedded, nothing to install.</li>
 * </ol>
 * An auto choice whose tool is not installed falls back to Gatling with a warning.
 *
 * @param warning a fallback worth telling the user about, or null
 */
record ToolChoice(LoadEngine engine, String reason, String warning) {

    static ToolChoice choose(BenchmarkRequest request, List<String> detectors, Function<String, LoadEngine> engines) {
        if (!request.tool().equals("auto")) {
            LoadEngine engine = engines.apply(request.tool());
            if (engine == null) {
                throw new UsageException("unknown tool '" + request.tool() + "' (available: auto, "
                        + String.join(", ", LoadEngines.names()) + ")");
            }
            if (engine.unavailableReason() != null) {
                throw new UsageException(
                        "--tool " + request.tool() + " cannot run here: " + engine.unavailableReason());
            }
            boolean segments = engine.name().equals("k6") && request.engine().remoteWorkers() == 0;
            if (request.engine().distributed() && !engine.name().equals("locust") && !segments) {
                throw new UsageException(
                        "--workers and --remote-workers run Locust's distributed mode (and --workers k6's execution "
                                + "segments): use them with --tool locust or --tool k6 (or --tool auto)");
            }
            return new ToolChoice(engine, "chosen with --tool " + request.tool(), null);
        }
        List<String> preferences = new ArrayList<>();
        String why;
        if (request.engine().distributed()) {
            preferences.add("locust");
            why = "--workers / --remote-workers need a distributed engine: Locust master and workers";
        } else if (request.adaptiveStress()) {
            why = "an adaptive stress search changes the offered rate every 10-20 s; the embedded engine does that "
                    + "without "
                    + "starting a process per step";
        } else if (detectors.contains("fastapi") || detectors.contains("flask")) {
            preferences.add("locust");
            why = "a Python service (" + String.join(", ", detectors) + "): Locust scripts are in the team's language";
        } else if (detectors.contains("express")) {
            preferences.add("k6");
            preferences.add("artillery");
            why = "a JavaScript service: k6 (high rates from one process) or else Artillery, scripts in the team's "
                    + "language";
        } else {
            why = "Gatling runs embedded in-process, needs no install, and its open-model arrival rates fit a "
                    + "request-rate target";
        }
        List<String> missing = new ArrayList<>();
        for (String name : preferences) {
            LoadEngine engine = engines.apply(name);
            if (engine != null && engine.unavailableReason() == null) {
                return new ToolChoice(engine, "auto: " + why, null);
            }
            missing.add(name);
        }
        LoadEngine gatling = engines.apply(LoadEngines.DEFAULT);
        if (missing.isEmpty()) {
            return new ToolChoice(gatling, "auto: " + why, null);
        }
        if (request.engine().distributed()) {
            throw new UsageException("--workers needs Locust, which cannot run here: "
                    + engines.apply("locust").unavailableReason());
        }
        String warning = "auto would use " + String.join(" or ", missing) + " (" + why + "), but "
                + (missing.size() == 1 ? "it is" : "none is") + " installed: running Gatling instead";
        return new ToolChoice(
                gatling,
                "auto: fell back to Gatling, embedded; " + String.join(" and ", missing)
                        + (missing.size() == 1 ? " is" : " are") + " not installed (" + why + ")",
                warning);
    }

    /** With the request's engine options. */
    static ToolChoice choose(BenchmarkRequest request, List<String> detectors) {
        return choose(
                request,
                detectors,
                name -> LoadEngines.byName(name, request.engine()).orElse(null));
    }
}
