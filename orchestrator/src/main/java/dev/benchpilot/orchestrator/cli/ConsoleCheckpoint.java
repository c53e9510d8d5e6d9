package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.report.DurationText;
import dev.benchpilot.orchestrator.report.ScenarioViews;
import dev.benchpilot.orchestrator.workflow.Adjustment;
import dev.benchpilot.orchestrator.workflow.Checkpoint;
import dev.benchpilot.orchestrator.workflow.Plan;
import dev.benchpilot.tools.text.Numbers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The checkpoint at a prompt: execute, adjust load (new rps and duration, then re-plan), review scenarios
 * (print them and ask again), or cancel. End of input counts as cancel.
 */
final class ConsoleCheckpoint implements Checkpoint {

    private final BufferedReader in;
    private final PrintWriter out;

    ConsoleCheckpoint(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Decision decide(Plan plan) {
        while (true) {
            out.println();
            out.println("Benchmark plan ready. Proceed?");
            out.printf(
                    "  1) Execute benchmark  — %s test, %s, %s rps, %s%n",
                    plan.pattern(), DurationText.of(plan.duration()), Numbers.planned(plan.targetRps()), plan.tool());
            if (plan.users() != null) {
                out.println("                          " + plan.users().description());
            }
            if (plan.search() != null) {
                out.println("                          " + plan.search().description());
            }
            out.println("                          " + plan.writes());
            out.println("                          connections: " + plan.connections());
            out.println("  2) Adjust load        — change rps or duration");
            out.println("  3) Review scenarios   — see the generated flows first");
            out.println("  4) Cancel             — exit without benchmarking");
            String answer = ask("Choice [1-4]: ");
            if (answer == null) {
                return new Decision.Cancel("no answer at the checkpoint (end of input)");
            }
            switch (answer.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "1", "e", "execute", "" -> {
                    return new Decision.Execute();
                }
                case "2", "a", "adjust" -> {
                    return adjust(plan);
                }
                case "3", "r", "review" -> out.println(ScenarioViews.markdown(plan));
                case "4", "c", "cancel", "q" -> {
                    return new Decision.Cancel("cancelled at the checkpoint");
                }
                default -> out.println("Please answer 1, 2, 3 or 4.");
            }
        }
    }

    /**
     * Asks for the new rate and duration until the workflow's {@link Adjustment} accepts them (blank keeps the plan's
     * value); end of input cancels.
     */
    private Decision adjust(Plan plan) {
        while (true) {
            String rpsText = ask("Requests per second [" + Numbers.planned(plan.targetRps()) + "]: ");
            String durationText = rpsText == null ? null : ask("Duration [" + DurationText.of(plan.duration()) + "]: ");
            if (durationText == null) {
                return new Decision.Cancel("no answer at the checkpoint (end of input)");
            }
            try {
                return new Adjustment(rate(rpsText), durationText.isBlank() ? null : durationText.trim(), null)
                        .decide(plan);
            } catch (Adjustment.Rejected e) {
                out.println("Not applied: " + e.field() + " " + e.reason() + ". Please answer again (Enter keeps "
                        + "the planned value).");
            }
        }
    }

    private static Double rate(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private String ask(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
