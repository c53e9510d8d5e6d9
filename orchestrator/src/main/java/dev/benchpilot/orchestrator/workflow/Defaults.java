package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.orchestrator.history.RunHistory;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.nio.file.Path;
import java.time.Duration;

/** Every default of a benchmark, in one place. */
public final class Defaults {

    public static final Duration DURATION = Duration.ofMinutes(5);
    public static final double RPS = 50;
    public static final LoadPattern PATTERN = LoadPattern.BASELINE;
    public static final String TOOL = "auto";
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(5);
    public static final int BASELINE_SAMPLES = 10;
    public static final String WORKSPACE_DIR = ".benchpilot";
    public static final Duration DEMO_DURATION = Duration.ofSeconds(30);
    public static final int SUMMARY_SCHEMA_VERSION = 1;
    /** An adaptive stress search offers at most this many times its start rate unless --max-rps says otherwise. */
    public static final double SEARCH_MAX_FACTOR = 64;
    /** The load an adaptive stress search may spend when no --duration is given. */
    public static final Duration SEARCH_BUDGET = Duration.ofMinutes(3);

    /** The longest load a run may plan (a week-long soak is the longest anyone has asked for). */
    public static final Duration MAX_DURATION = Duration.ofDays(7);
    /** The highest rate a run may offer: well past what one machine generates. */
    public static final double MAX_RPS = 1_000_000;
    /** The most concurrent users --users may name. */
    public static final int MAX_USERS = 10_000_000;

    private Defaults() {}

    /** The stored history of the workspace rooted at {@code workspace} (the current directory when null). */
    public static RunHistory history(Path workspace) {
        return RunHistory.forWorkspace((workspace == null ? Path.of("") : workspace).resolve(WORKSPACE_DIR));
    }
}
