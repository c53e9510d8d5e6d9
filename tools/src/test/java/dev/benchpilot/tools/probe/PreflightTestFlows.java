package dev.benchpilot.tools.probe;

import dev.benchpilot.tools.scenario.ScenarioSet;

/** The clinic flows of {@link PreflightTest}, for engine tests in other packages. */
public final class PreflightTestFlows {

    private PreflightTestFlows() {}

    public static ScenarioSet clinic() {
        return PreflightTest.clinicFlows();
    }
}
