package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.agents.scenario.ScenarioAgent;
import dev.benchpilot.agents.scenario.ScenarioDraft;
import dev.benchpilot.agents.scenario.ScenarioRequest;
import dev.benchpilot.tools.endpoints.DetectionResult;
import dev.benchpilot.tools.endpoints.EndpointDetection;
import dev.benchpilot.tools.engines.LoadEngine;
import dev.benchpilot.tools.monitor.ProcStats;
import dev.benchpilot.tools.probe.HealthCheck;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.LoadProfiles;
import dev.benchpilot.tools.scenario.UserLoad;
import dev.benchpilot.tools.text.Numbers;

/**
 * Phase 0: checks the request, detects endpoints, chooses the engine, builds the load profile and the
 * scenario draft, and checks the target's health. Sends no request but the health check.
 */
final class Planner {

    private final TargetPolicy policy;
    private final ScenarioAgent scenarioAgent;

    Planner(TargetPolicy policy, ScenarioAgent scenarioAgent) {
        this.policy = policy;
        this.scenarioAgent = scenarioAgent;
    }

    /**
     * Everything that can be checked before a workspace exists; throws {@link UsageException} or {@link
     * TargetUnreachableException}.
     */
    Prepared prepare(BenchmarkRequest request) {
        policy.check(request.target());
        if (request.measure().metricsUrl() != null) {
            policy.check(request.measure().metricsUrl());
        }
        if (request.measure().pid() != null) {
            try {
                ProcStats.read(request.measure().pid());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--pid: " + e.getMessage());
            }
        }
        // the pattern's shape checked before anything is sent; a load given as users gets its rate once flows exist
        profile(
                request.load() instanceof BenchmarkRequest.Users
                        ? request.withRate(Defaults.RPS, request.duration())
                        : request);
        DetectionResult detection;
        try {
            detection = EndpointDetection.detect(request.source(), request.openApi());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (detection.endpoints().isEmpty()) {
            throw new UsageException(
                    request.source() == null && request.openApi() == null
                            ? "no endpoints to test: give --source DIR or --openapi FILE"
                            : "no endpoints found in "
                                    + (request.source() != null ? request.source() : request.openApi()));
        }
        ToolChoice tool = ToolChoice.choose(request, detection.detectors());
        HealthCheck.Result health = HealthCheck.check(request.target(), Defaults.HEALTH_TIMEOUT);
        if (!health.reachable()) {
            throw new TargetUnreachableException("target unreachable: " + health.message());
        }
        if (!health.healthy()) {
            throw new TargetUnreachableException(
                    "target unhealthy: " + health.path() + " answered " + health.message());
        }
        return new Prepared(tool, detection, health);
    }

    Plan plan(String runId, BenchmarkRequest request, Prepared prepared) {
        // Users are sized from the flows, so their flows are drafted at the default rate first; the rate only sets the
        // expected requests a second per endpoint in the draft.
        double draftRps = request.load() instanceof BenchmarkRequest.Rate rate ? rate.rps() : Defaults.RPS;
        ScenarioDraft draft;
        try {
            draft = scenarioAgent.design(new ScenarioRequest(
                    prepared.detection().endpoints(),
                    request.pattern(),
                    draftRps,
                    request.credentials() != null && request.credentials().hasAccounts(),
                    request.credentials() != null && request.credentials().authHeader() != null,
                    request.writeExisting()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        UserLoad users = null;
        if (request.load() instanceof BenchmarkRequest.Users sized) {
            try {
                users = UserLoad.of(sized.users(), draft.scenarios());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (request.measure().maxRps() != null && request.measure().maxRps() < users.rps()) {
                throw new UsageException(
                        "--max-rps " + Numbers.planned(request.measure().maxRps()) + " is below the rate of "
                                + users.users() + " users (" + Numbers.planned(users.rps()) + " rps)");
            }
            request = request.withRate(users.rps(), request.duration());
        }
        LoadProfile profile = profile(request);
        return new Plan(
                runId,
                request.target().toString(),
                request.pattern().cliName(),
                prepared.engine().name(),
                prepared.tool().reason(),
                request.rps(),
                request.duration(),
                profile,
                prepared.health(),
                prepared.detection(),
                draft,
                search(request),
                request.measure().sla(),
                request.engine().workers(),
                users,
                prepared.engine().connections());
    }

    static Plan.StressPlan search(BenchmarkRequest request) {
        if (!request.adaptiveStress()) {
            return null;
        }
        double max = request.measure().maxRps() != null
                ? request.measure().maxRps()
                : request.rps() * Defaults.SEARCH_MAX_FACTOR;
        return new Plan.StressPlan(
                request.rps(),
                max,
                request.duration(),
                "adaptive search for the breaking point: from "
                        + Numbers.planned(request.rps())
                        + " rps, doubling until a breaking signal, then bisecting to within 10%; steps of 10-20 s "
                        + "(about 2,000 requests each) up to " + Numbers.planned(max) + " rps, at most "
                        + request.duration().toSeconds() + "s of load");
    }

    static LoadProfile profile(BenchmarkRequest request) {
        try {
            return LoadProfiles.build(request.pattern(), request.rps(), request.duration());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    record Prepared(ToolChoice tool, DetectionResult detection, HealthCheck.Result health) {

        LoadEngine engine() {
            return tool.engine();
        }
    }
}
