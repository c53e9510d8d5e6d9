package dev.benchpilot.tools.engines.internal;

import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.metrics.RequestOutcome;
import dev.benchpilot.tools.metrics.RequestRecorder;
import dev.benchpilot.tools.scenario.FlowGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The tool's result lines as they are read: the recorder starts at the first request (its time zero), generator
 * reports that came before it are kept until then, and lines that cannot be read are counted.
 */
final class ProcessResults {
    private final LoadTest test;
    private final Function<String, RequestOutcome> parse;
    private final AtomicReference<RequestRecorder> recorder = new AtomicReference<>();
    private final AtomicLong unreadable = new AtomicLong();
    private final List<RequestOutcome> early = java.util.Collections.synchronizedList(new ArrayList<>());

    ProcessResults(LoadTest test, Function<String, RequestOutcome> parse) {
        this.test = test;
        this.parse = parse;
    }

    void accept(String line) {
        RequestOutcome outcome = parse.apply(line);
        if (outcome == null) {
            unreadable.incrementAndGet();
            return;
        }
        if (outcome == ResultLine.NOT_A_REQUEST) {
            return;
        }
        if (outcome.isGeneratorReport() && recorder.get() == null) {
            early.add(outcome); // the first request sets the time zero
            return;
        }
        if (recorder.get() == null) {
            start(outcome);
        }
        recorder.get().record(outcome);
    }

    private void start(RequestOutcome first) {
        recorder.set(new RequestRecorder(
                first.sentNanos(), test.profile(), test.scenarios().settleTime(), FlowGroups.byFlow(test.scenarios())));
        // a generator already behind before its first request was behind at time zero
        early.forEach(report -> recorder.get()
                .record(new RequestOutcome(
                        report.endpointKey(),
                        Math.max(report.sentNanos(), first.sentNanos()),
                        report.latencyNanos(),
                        report.status(),
                        null)));
    }

    RequestRecorder recorder() {
        return recorder.get();
    }

    long unreadable() {
        return unreadable.get();
    }
}
