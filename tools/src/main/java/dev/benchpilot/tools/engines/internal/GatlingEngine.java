package dev.benchpilot.tools.engines.internal;

import dev.benchpilot.tools.engines.ConnectionModel;
import dev.benchpilot.tools.engines.EngineException;
import dev.benchpilot.tools.engines.EngineRun;
import dev.benchpilot.tools.engines.LoadEngine;
import dev.benchpilot.tools.engines.LoadListener;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.metrics.IntervalMetrics;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.metrics.RequestRecorder;
import dev.benchpilot.tools.metrics.SendGaps;
import dev.benchpilot.tools.scenario.FlowGroups;
import io.gatling.app.Gatling$;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Gatling's Java DSL, in this JVM: one compiled {@link EmbeddedSimulation} built from the plan, started
 * with {@code Gatling.fromArgs} (never {@code main}, which exits the JVM). Gatling's own statistics are
 * not used; every request goes through {@link RequestTracker} into benchpilot's recorder.
 */
public final class GatlingEngine implements LoadEngine {

    private static final ReentrantLock ONE_RUN_PER_JVM = new ReentrantLock();

    private final ConnectionModel connections;

    public GatlingEngine(ConnectionModel connections) {
        this.connections = connections;
    }

    public GatlingEngine() {
        this(ConnectionModel.SHARED);
    }

    @Override
    public String connections() {
        return connections.cliName() + ": " + connections.description();
    }

    @Override
    public String name() {
        return "gatling";
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public EngineRun run(LoadTest test, LoadListener listener) throws EngineException {
        checkJavaLangOpen();
        ONE_RUN_PER_JVM.lock();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("benchpilot-intervals"));
        try {
            Path results = Files.createDirectories(test.workDir().resolve("gatling"));
            GatlingSandbox.prepare(test.requestTimeout());
            AtomicReference<RequestRecorder> recorder = new AtomicReference<>();
            RequestTracker tracker = new RequestTracker(test.profile(), test.scenarios(), startNanos -> {
                RequestRecorder started = new RequestRecorder(
                        startNanos, test.profile(), test.scenarios().settleTime(), FlowGroups.byFlow(test.scenarios()));
                recorder.set(started);
                ticker.scheduleAtFixedRate(() -> publish(started, listener), 1, 1, TimeUnit.SECONDS);
                return started;
            });
            SimulationInput.set(new SimulationInput(test, tracker, connections));
            int status = quietly(
                    results.resolve("gatling-console.log"),
                    () -> Gatling$.MODULE$.fromArgs(new String[] {
                        "-s", EmbeddedSimulation.class.getName(), "-rf", results.toString(), "-nr", "-l", "benchpilot"
                    }));
            ticker.shutdownNow();
            RequestRecorder finished = recorder.get();
            if (finished == null) {
                throw new EngineException(
                        "Gatling did not start the load (exit status " + status + "); see " + results);
            }
            List<String> warnings = new ArrayList<>();
            long cutOff = tracker.abandonRemaining();
            if (cutOff > 0) {
                warnings.add(cutOff
                        + " requests were still in flight when the run's hard stop ended it; counted as unanswered");
            }
            if (tracker.notAnswered() > 0) {
                warnings.add(tracker.notAnswered() + " requests got no response (timeout or connection error)");
            }
            LoadMetrics metrics = finished.snapshot();
            java.util.Optional.ofNullable(SendGaps.warning(name(), metrics)).ifPresent(warnings::add);
            return new EngineRun(name(), metrics, warnings, finished.histograms());
        } catch (IOException e) {
            throw new EngineException("cannot prepare Gatling's results folder: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new EngineException("Gatling failed: " + e.getMessage(), e);
        } finally {
            ticker.shutdownNow();
            SimulationInput.clear();
            ONE_RUN_PER_JVM.unlock();
        }
    }

    /**
     * Gatling reflects into {@code java.lang}; without {@code --add-opens} it crashes after starting, and its run
     * never ends (seen from a plain {@code java -cp} start). Refused up front, with what to do.
     */
    static void checkJavaLangOpen() throws EngineException {
        if (!Object.class.getModule().isOpen("java.lang", GatlingEngine.class.getModule())) {
            throw new EngineException("the embedded Gatling needs java.lang opened to it: start the JVM with "
                    + "--add-opens java.base/java.lang=ALL-UNNAMED (bin/benchpilot and the jar's manifest "
                    + "do), or use --tool k6|artillery|locust");
        }
    }

    /** Gatling prints a few lines to System.out; they go to a file in the workspace, not over our progress. */
    private static int quietly(Path log, java.util.function.IntSupplier gatling) throws IOException {
        java.io.PrintStream console = System.out;
        try (java.io.PrintStream file =
                new java.io.PrintStream(Files.newOutputStream(log), true, java.nio.charset.StandardCharsets.UTF_8)) {
            System.setOut(file);
            return gatling.getAsInt();
        } finally {
            System.setOut(console);
        }
    }

    private static void publish(RequestRecorder recorder, LoadListener listener) {
        try {
            for (IntervalMetrics interval : recorder.closeElapsedIntervals(System.nanoTime())) {
                listener.onInterval(interval);
            }
        } catch (RuntimeException e) {
            listener.onWarning("live progress failed: " + e.getMessage());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
