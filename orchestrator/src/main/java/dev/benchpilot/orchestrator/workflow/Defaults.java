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

    private Defaults() {
    }
}
