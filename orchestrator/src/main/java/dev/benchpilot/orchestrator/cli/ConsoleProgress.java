package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.workflow.WorkflowEvent;
import dev.benchpilot.orchestrator.workflow.WorkflowListener;
import dev.benchpilot.tools.metrics.IntervalMetrics;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The CLI's progress view: a line per phase and, during load, a live line per second (elapsed, offered
 * and achieved rps, p95, errors). On a terminal the live line rewrites itself; otherwise one line a second.
 */
final class ConsoleProgress implements WorkflowListener {

    private final PrintWriter out;
    private final boolean terminal;
    private boolean liveLineOpen;
    private long errors;

    ConsoleProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void onEvent(WorkflowEvent event) {
        if (event instanceof WorkflowEvent.Interval interval) {
            live(interval.interval());
            return;
        }
        closeLiveLine();
        if (event instanceof WorkflowEvent.PhaseStarted started) {
            out.println("▶ phase " + started.phase().label() + " — " + started.runId());
        } else if (event instanceof WorkflowEvent.PhaseFinished finished) {
            out.println("✔ phase " + finished.phase().label() + ": " + finished.summary());
        } else if (event instanceof WorkflowEvent.Progress progress) {
            out.println("  " + progress.message());
        } else if (event instanceof WorkflowEvent.Warning warning) {
            out.println("  ⚠ " + warning.message());
        }
        out.flush();
    }

    private void live(IntervalMetrics interval) {
        errors += interval.errors();
        String line = String.format(
                Locale.ROOT,
                "  %4ds  offered %7.1f rps  achieved %5d rps  p95 %s  errors %d",
                interval.second() + 1,
                interval.offeredRps(),
                interval.achievedRps(),
                interval.p95() == null ? "   n/a  " : String.format(Locale.ROOT, "%7.1f ms", interval.p95()),
                errors);
        if (terminal) {
            out.print("\r" + line);
            liveLineOpen = true;
        } else {
            out.println(line);
        }
        out.flush();
    }

    private void closeLiveLine() {
        if (liveLineOpen) {
            out.println();
            liveLineOpen = false;
        }
    }
}
