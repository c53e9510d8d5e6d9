package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.tools.scenario.LoadPattern;
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

    private Defaults() {
    }
}
