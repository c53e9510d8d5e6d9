package dev.benchpilot.orchestrator.runs;

import dev.benchpilot.orchestrator.report.FileReports;
import dev.benchpilot.orchestrator.workflow.Agents;
import dev.benchpilot.orchestrator.workflow.BenchmarkRequest;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.orchestrator.workflow.Workflow;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The runs a server ({@code serve}, {@code mcp}) started: each is the CLI's workflow on its own thread, with a
 * checkpoint answered from outside. A target outside the allowlist is refused before anything is sent to it; at most
 * {@code maxRuns} runs at once; one load run per target at a time — a second run against a busy target plans, passes
 * its checkpoint and then waits as {@code queued} until the first has finished.
 */
public final class RunRegistry implements AutoCloseable {

    /** Why a run was not started. */
    public static final class Refused extends RuntimeException {
        public enum Kind {
            FORBIDDEN,
            BUSY,
            FAILED,
            SLOW
        }

        public final Kind kind;

        Refused(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }
    }

    static final int PLANNING_WAIT_SECONDS = 120;

    private final TargetPolicy policy;
    private final int maxRuns;
    private final Map<String, LiveRun> runs = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> targets = new ConcurrentHashMap<>();
    private final Semaphore slots;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "benchpilot-run");
        thread.setDaemon(true);
        return thread;
    });

    public RunRegistry(TargetPolicy policy, int maxRuns) {
        this.policy = policy;
        this.maxRuns = maxRuns;
        this.slots = new Semaphore(maxRuns);
    }

    /**
     * Starts a run and returns once it has an id (planning has begun); throws {@link UsageException} for a request
     * the planner refuses and {@link Refused} for the rest.
     */
    public LiveRun start(BenchmarkRequest request, Agents agents) throws InterruptedException {
        try {
            policy.check(request.target());
        } catch (UsageException e) {
            throw new Refused(Refused.Kind.FORBIDDEN, e.getMessage());
        }
        if (!slots.tryAcquire()) {
            throw new Refused(Refused.Kind.BUSY, "already " + maxRuns + " runs going; try again when one has finished");
        }
        String target = request.target().getHost() + ":" + request.target().getPort();
        LiveRun run = new LiveRun(
                request.target().toString(),
                request.autoConfirm(),
                targets.computeIfAbsent(target, t -> new Semaphore(1, true)));
        CompletableFuture<Void> begun = new CompletableFuture<>();
        executor.submit(() -> {
            try {
                new Workflow(agents, policy, new FileReports()).run(request, run, event -> {
                    run.onEvent(event);
                    if (run.id() != null && runs.putIfAbsent(run.id(), run) == null) {
                        begun.complete(null);
                    }
                });
            } catch (RuntimeException e) {
                run.fail(e.getMessage());
                begun.completeExceptionally(e);
            } finally {
                run.releaseTarget();
                slots.release();
                begun.complete(null);
            }
        });
        try {
            begun.get(PLANNING_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UsageException usage) {
                throw usage;
            }
            throw new Refused(Refused.Kind.FAILED, e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new Refused(
                    Refused.Kind.SLOW,
                    "planning took more than " + PLANNING_WAIT_SECONDS + " s; the run goes on, see the list of runs");
        }
        return run;
    }

    public Optional<LiveRun> find(String id) {
        return Optional.ofNullable(id == null ? null : runs.get(id));
    }

    public Collection<LiveRun> all() {
        return List.copyOf(runs.values());
    }

    /** Runs now going (planning, waiting, queued, running or analyzing). */
    public long active() {
        return runs.values().stream().filter(r -> !r.done()).count();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
