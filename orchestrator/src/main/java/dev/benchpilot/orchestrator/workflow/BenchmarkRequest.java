package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.orchestrator.publish.Publication;
import dev.benchpilot.tools.engines.LoadEngines;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * One benchmark as asked for: the service, the load and the options. The CLI, the slash command, the HTTP API, MCP and
 * the batch file all build this (through {@code orchestrator.request} or, in tests, directly).
 */
public record BenchmarkRequest(Service service, Load load, Options options) {

    public BenchmarkRequest {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(load, "load");
        options = options == null ? Options.DEFAULTS : options;
    }

    /**
     * The service under test.
     *
     * @param target      its base URL
     * @param source      its source tree, or null
     * @param openApi     an OpenAPI / Swagger file, or null
     * @param credentials the test users for flows that log in (or a static auth header), or null; never persisted
     */
    public record Service(URI target, Path source, Path openApi, Credentials credentials) {
        public Service {
            Objects.requireNonNull(target, "target");
        }
    }

    /** How much load, of which shape and for how long: a rate, or a number of users the plan turns into a rate. */
    public sealed interface Load permits Rate, Users {
        LoadPattern pattern();

        Duration duration();

        Load withPattern(LoadPattern pattern);
    }

    /** {@code rps} requests a second offered as arrivals (an open model). */
    public record Rate(double rps, LoadPattern pattern, Duration duration) implements Load {
        public Rate {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public Rate withPattern(LoadPattern newPattern) {
            return new Rate(rps, newPattern, duration);
        }
    }

    /**
     * The load of {@code users} concurrent users following the flows; the planner sizes the rate they offer from the
     * drafted flows ({@link dev.benchpilot.tools.scenario.UserLoad}) and runs it as a {@link Rate}.
     */
    public record Users(int users, LoadPattern pattern, Duration duration) implements Load {
        public Users {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public Users withPattern(LoadPattern newPattern) {
            return new Users(users, newPattern, duration);
        }
    }

    /**
     * @param tool          {@code auto} or an engine name
     * @param workspace     the directory holding {@code .benchpilot/}
     * @param autoConfirm   proceed past the checkpoint without asking
     * @param measure       stress mode, resource sampling, the SLA and the capacity projection
     * @param engine        how the engines run: connections, Locust workers, the k6 executable
     * @param writeExisting flows may change or delete data that existed before the run ({@code --write-existing}); by
     *     default they change and delete only what their own journeys created
     * @param publish       where the finished run is published (a Pushgateway, a webhook), if anywhere
     */
    public record Options(
            String tool,
            Path workspace,
            boolean autoConfirm,
            MeasureOptions measure,
            LoadEngines.Options engine,
            boolean writeExisting,
            Publication publish) {

        public static final Options DEFAULTS = new Options(null, null, false, null, null, false, null);

        public Options {
            tool = tool == null ? Defaults.TOOL : tool;
            workspace = workspace == null ? Path.of("") : workspace;
            measure = measure == null ? MeasureOptions.DEFAULTS : measure;
            engine = engine == null ? LoadEngines.Options.DEFAULTS : engine;
            publish = publish == null ? Publication.NONE : publish;
        }

        /** The defaults in {@code workspace}, confirmed at the checkpoint or not, with {@code measure}. */
        public static Options of(Path workspace, boolean autoConfirm, MeasureOptions measure) {
            return new Options(null, workspace, autoConfirm, measure, null, false, null);
        }

        Options withMeasure(MeasureOptions newMeasure) {
            return new Options(tool, workspace, autoConfirm, newMeasure, engine, writeExisting, publish);
        }
    }

    public URI target() {
        return service.target();
    }

    public Path source() {
        return service.source();
    }

    public Path openApi() {
        return service.openApi();
    }

    public Credentials credentials() {
        return service.credentials();
    }

    public LoadPattern pattern() {
        return load.pattern();
    }

    public Duration duration() {
        return load.duration();
    }

    /**
     * The rate to offer.
     *
     * @throws IllegalStateException for a load given as users, which has no rate until the planner has sized it
     */
    public double rps() {
        if (load instanceof Rate rate) {
            return rate.rps();
        }
        throw new IllegalStateException("the load is given as users: the planner sizes its rate from the flows");
    }

    public String tool() {
        return options.tool();
    }

    public Path workspace() {
        return options.workspace();
    }

    public boolean autoConfirm() {
        return options.autoConfirm();
    }

    public MeasureOptions measure() {
        return options.measure();
    }

    public LoadEngines.Options engine() {
        return options.engine();
    }

    public boolean writeExisting() {
        return options.writeExisting();
    }

    /** The name this run is compared under in the history: the label if one was given, else the target URL. */
    public String historyKey() {
        return measure().label() != null ? measure().label() : target().toString();
    }

    /** An adaptive stress search: the default for the stress pattern unless fixed stages were asked for. */
    public boolean adaptiveStress() {
        return pattern() == LoadPattern.STRESS && !measure().fixedStress();
    }

    public BenchmarkRequest withMeasure(MeasureOptions newMeasure) {
        return new BenchmarkRequest(service, load, options.withMeasure(newMeasure));
    }

    public BenchmarkRequest withPattern(LoadPattern newPattern) {
        return new BenchmarkRequest(service, load.withPattern(newPattern), options);
    }

    /** The load as a rate: a user count given before is replaced (an adjusted or sized rate). */
    public BenchmarkRequest withRate(double rps, Duration duration) {
        return new BenchmarkRequest(service, new Rate(rps, load.pattern(), duration), options);
    }
}
