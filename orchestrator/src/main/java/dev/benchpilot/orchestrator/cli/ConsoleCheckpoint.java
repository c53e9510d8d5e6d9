package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.report.DurationText;
import dev.benchpilot.orchestrator.report.ScenarioViews;
import dev.benchpilot.orchestrator.workflow.Checkpoint;
import dev.benchpilot.orchestrator.workflow.Plan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;

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
                    plan.pattern(), DurationText.of(plan.duration()), number(plan.targetRps()), plan.tool());
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
                    Decision adjust = adjust(plan);
                    if (adjust != null) {
                        return adjust;
                    }
                }
                case "3", "r", "review" -> out.println(ScenarioViews.markdown(plan));
                case "4", "c", "cancel", "q" -> {
                    return new Decision.Cancel("cancelled at the checkpoint");
                }
                default -> out.println("Please answer 1, 2, 3 or 4.");
            }
        }
    }

    private Decision adjust(Plan plan) {
        String rpsText = ask("Requests per second [" + number(plan.targetRps()) + "]: ");
        String durationText = rpsText == null ? null : ask("Duration [" + DurationText.of(plan.duration()) + "]: ");
        if (durationText == null) {
            return new Decision.Cancel("no answer at the checkpoint (end of input)");
        }
        try {
            double rps = rpsText.isBlank() ? plan.targetRps() : Double.parseDouble(rpsText.trim());
            Duration duration = durationText.isBlank() ? plan.duration() : DurationConverter.parse(durationText);
            if (!(rps > 0)) {
                out.println("rps must be positive; plan unchanged.");
                return null;
            }
            return new Decision.Adjust(rps, duration);
        } catch (RuntimeException e) {
            out.println("Not understood (" + e.getMessage() + "); plan unchanged.");
            return null;
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

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
