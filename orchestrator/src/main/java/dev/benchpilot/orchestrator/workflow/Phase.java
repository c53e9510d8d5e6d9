package dev.benchpilot.orchestrator.workflow;

/** The workflow's phases, in order (docs/design.md, "The workflow"). */
public enum Phase {
    PLAN("0 plan"),
    SCENARIOS("1 scenarios"),
    EXECUTE("2 execute"),
    ANALYZE("3 analyze"),
    REPORT("4 report");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
