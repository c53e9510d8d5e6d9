package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.tools.engines.LoadEngines;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * One benchmark as asked for. The CLI, the slash command, the HTTP API and the batch file all build this.
 *
 * @param source      the service's source tree, or null
 * @param openApi     an OpenAPI / Swagger file, or null
 * @param tool        {@code auto} or an engine name
 * @param credentials the test user for flows that log in, or null; never persisted
 * @param workspace   the directory holding {@code .benchpilot/}
 * @param autoConfirm proceed past the checkpoint without asking
 * @param measure     stress mode, resource sampling and the capacity projection
 * @param engine      how an outside engine runs: Locust workers, the k6 executable
 * @param users       concurrent users to size the load by, or null: the planner turns them into the rate they offer
 *                    (see {@link dev.benchpilot.tools.scenario.UserLoad}); {@code rps} is then only a placeholder
 * @param writeExisting flows may change or delete data that existed before the run ({@code --write-existing}); by
 *                    default they change and delete only what their own journeys created
 */
public record BenchmarkRequest(
        URI target,
        Path source,
        Path openApi,
        Duration duration,
        double rps,
        LoadPattern pattern,
        String tool,
        Credentials credentials,
        Path workspace,
        boolean autoConfirm,
        MeasureOptions measure,
        LoadEngines.Options engine,
        Integer users,
        boolean writeExisting) {

    public BenchmarkRequest(
            URI target,
            Path source,
            Path openApi,
            Duration duration,
            double rps,
            LoadPattern pattern,
            String tool,
            Credentials credentials,
            Path workspace,
            boolean autoConfirm,
            MeasureOptions measure,
            LoadEngines.Options engine,
            Integer users) {
        this(
                target,
                source,
                openApi,
                duration,
                rps,
                pattern,
                tool,
                credentials,
                workspace,
                autoConfirm,
                measure,
                engine,
                users,
                false);
    }

    public BenchmarkRequest(
            URI target,
            Path source,
            Path openApi,
            Duration duration,
            double rps,
            LoadPattern pattern,
            String tool,
            Credentials credentials,
            Path workspace,
            boolean autoConfirm,
            MeasureOptions measure) {
        this(
                target,
                source,
                openApi,
                duration,
                rps,
                pattern,
                tool,
                credentials,
                workspace,
                autoConfirm,
                measure,
                null,
                null);
    }

    public BenchmarkRequest(
            URI target,
            Path source,
            Path openApi,
            Duration duration,
            double rps,
            LoadPattern pattern,
            String tool,
            Credentials credentials,
            Path workspace,
            boolean autoConfirm,
            MeasureOptions measure,
            LoadEngines.Options engine) {
        this(
                target,
                source,
                openApi,
                duration,
                rps,
                pattern,
                tool,
                credentials,
                workspace,
                autoConfirm,
                measure,
                engine,
                null);
    }

    public BenchmarkRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(pattern, "pattern");
        tool = tool == null ? Defaults.TOOL : tool;
        workspace = workspace == null ? Path.of("") : workspace;
        measure = measure == null ? MeasureOptions.DEFAULTS : measure;
        engine = engine == null ? LoadEngines.Options.DEFAULTS : engine;
    }

    public BenchmarkRequest withMeasure(MeasureOptions newMeasure) {
        return new BenchmarkRequest(
                target,
                source,
                openApi,
                duration,
                rps,
                pattern,
                tool,
                credentials,
                workspace,
                autoConfirm,
                newMeasure,
                engine,
                users,
                writeExisting);
    }

    /** The name this run is compared under in the history: the label if one was given, else the target URL. */
    public String historyKey() {
        return measure.label() != null ? measure.label() : target.toString();
    }

    /** An adaptive stress search: the default for the stress pattern unless fixed stages were asked for. */
    public boolean adaptiveStress() {
        return pattern == LoadPattern.STRESS && !measure.fixedStress();
    }

    public BenchmarkRequest withPattern(LoadPattern newPattern) {
        return new BenchmarkRequest(
                target,
                source,
                openApi,
                duration,
                rps,
                newPattern,
                tool,
                credentials,
                workspace,
                autoConfirm,
                measure,
                engine,
                users,
                writeExisting);
    }

    /** The load as a rate: a user count given before is dropped (an adjusted rate replaces it). */
    public BenchmarkRequest withLoad(double newRps, Duration newDuration) {
        return new BenchmarkRequest(
                target,
                source,
                openApi,
                newDuration,
                newRps,
                pattern,
                tool,
                credentials,
                workspace,
                autoConfirm,
                measure,
                engine,
                null,
                writeExisting);
    }
}
