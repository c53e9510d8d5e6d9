package dev.benchpilot.tools.engines.internal;

import dev.benchpilot.tools.engines.EngineException;
import dev.benchpilot.tools.engines.EngineRun;
import dev.benchpilot.tools.engines.LoadEngine;
import dev.benchpilot.tools.engines.LoadListener;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.metrics.IntervalMetrics;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.metrics.RequestOutcome;
import dev.benchpilot.tools.metrics.RequestRecorder;
import dev.benchpilot.tools.metrics.SendGaps;
import dev.benchpilot.tools.monitor.GeneratorProcesses;
import dev.benchpilot.tools.process.ChildEnvironment;
import dev.benchpilot.tools.scenario.AuthHeader;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scripts.ScriptSpec;
import dev.benchpilot.tools.scripts.ScriptWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An engine that runs an outside tool (k6, Artillery, Locust) on the script benchpilot writes for it, in the run's
 * workspace. The tool's per-request results are streamed into benchpilot's recorder while it runs, from files it
 * appends one line per response to, so every figure comes from the same HdrHistograms as with Gatling. The tool's
 * own summary is not used for any figure.
 *
 * <p>The test user and static header reach the tool in its environment only. The run is bounded: the tool is
 * stopped when the profile plus {@link #START_ALLOWANCE} and the request timeout have passed, or when the calling
 * thread is interrupted (cancel); what was measured until then is kept.
 */
abstract class ProcessEngine implements LoadEngine {

    static final Duration START_ALLOWANCE = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(250);
    /** Results arrive through files a little after the responses: a second is closed once this much later. */
    private static final Duration RESULT_LAG = Duration.ofSeconds(1);

    /** The writer of the script the tool runs. */
    abstract ScriptWriter writer();

    /**
     * The processes to start, in order; the first is the one whose end ends the run (the others, such as Locust
     * workers, are stopped after it).
     */
    abstract List<List<String>> commands(Path script, LoadTest test, Path results) throws EngineException;

    /** Environment for every process besides the base URL, the test users, the header and the results path. */
    Map<String, String> environment() {
        return Map.of();
    }

    /** Result files to follow, as a glob in the results directory. */
    String resultsGlob() {
        return "requests*.ndjson";
    }

    /** Turns one result line into an outcome, {@link ResultLine#NOT_A_REQUEST}, or null when it cannot be read. */
    Function<String, RequestOutcome> parser(ResultLine.WallClock clock) {
        return line -> ResultLine.parse(line, clock);
    }

    /**
     * The number of requests the tool itself reports in its own summary (written into {@code dir}), or null when it
     * has none or it cannot be read. Only a cross-check of the per-request lines: no figure comes from it.
     */
    Long reportedRequests(Path dir) {
        return null;
    }

    /**
     * Once the main process ended, the others (k6 segments, Locust workers told to quit) get a few seconds to finish.
     */
    private static void awaitPeers(List<Process> processes) {
        long deadline = System.nanoTime() + PEER_GRACE.toNanos();
        if (processes.isEmpty() || processes.get(0).isAlive()) {
            return;
        }
        for (Process peer : processes.subList(1, processes.size())) {
            try {
                peer.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static final Duration PEER_GRACE = Duration.ofSeconds(5);

    /** How long the tool may take to start sending before it counts as hung. */
    Duration startAllowance() {
        return START_ALLOWANCE;
    }

    /** What the run waits for from the user once the processes started (workers on other hosts), or null. */
    String waitingFor(Path script) {
        return null;
    }

    /** Whether the main process's exit code means the tool ran the test (failed requests are not an engine failure). */
    boolean finishedNormally(int exitCode) {
        return exitCode == 0;
    }

    /** What a non-normal exit code means, for the warning. */
    String exitMeaning(int exitCode) {
        return "exit code " + exitCode;
    }

    @Override
    public EngineRun run(LoadTest test, LoadListener listener) throws EngineException {
        RunFiles files = writeScripts(test);
        ProcessResults results = new ProcessResults(test, parser(ResultLine.WallClock.now()));
        ResultTail tail = new ResultTail(files.results(), resultsGlob(), results::accept);
        List<Process> processes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ScheduledExecutorService ticker = startFollowing(tail, results, listener);
        try {
            processes.addAll(startAll(files, test, listener));
            String ending = awaitEnd(processes.get(0), test, files.dir());
            if (ending != null) {
                warnings.add(ending);
            }
        } catch (IOException e) {
            throw new EngineException("cannot start " + name() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            warnings.add(name() + " was cancelled; the figures cover the load sent until then");
        } finally {
            awaitPeers(processes);
            processes.forEach(ProcessEngine::stop);
            ticker.shutdownNow();
        }
        try {
            ticker.awaitTermination(5, TimeUnit.SECONDS);
            tail.poll();
        } catch (IOException | InterruptedException e) {
            warnings.add("the last results could not be read: " + e.getMessage());
        }
        return finish(results, processes, files.dir(), warnings, listener);
    }

    /** Reads the tool's result lines four times a second and publishes each finished second to the listener. */
    private ScheduledExecutorService startFollowing(ResultTail tail, ProcessResults results, LoadListener listener) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "benchpilot-" + name() + "-results");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(
                () -> {
                    follow(tail, listener);
                    publish(results.recorder(), listener);
                },
                POLL.toMillis(),
                POLL.toMillis(),
                TimeUnit.MILLISECONDS);
        return ticker;
    }

    /** The tool's processes (the first is the main one), and what it waits for before the load starts, if anything. */
    private List<Process> startAll(RunFiles files, LoadTest test, LoadListener listener)
            throws IOException, EngineException {
        List<Process> processes = new ArrayList<>();
        List<List<String>> commands =
                commands(files.script(), test, files.results().resolve("requests.ndjson"));
        try {
            for (int i = 0; i < commands.size(); i++) {
                processes.add(start(commands.get(i), files.dir(), logOf(files.dir(), i), test, files.results()));
            }
        } catch (IOException e) {
            processes.forEach(ProcessEngine::stop);
            throw e;
        }
        String waiting = waitingFor(files.script());
        if (waiting != null) {
            listener.onWarning(waiting); // shown while the tool waits; the run's warnings get it through the listener
        }
        return processes;
    }

    /** Where a run's files are: the engine's directory, its script, and the results directory the tool writes into. */
    private record RunFiles(Path dir, Path script, Path results) {}

    /** The script and its companion files, written into the engine's directory of the run's workspace. */
    private RunFiles writeScripts(LoadTest test) throws EngineException {
        try {
            Path dir = Files.createDirectories(test.workDir().resolve(name()));
            Path results = Files.createDirectories(dir.resolve("results"));
            ScriptSpec spec =
                    new ScriptSpec(test.baseUrlText(), test.scenarios(), test.profile(), test.requestTimeout());
            Path script = dir.resolve(writer().fileName());
            Files.writeString(script, writer().write(spec));
            for (Map.Entry<String, String> companion :
                    writer().companionFiles(spec).entrySet()) {
                Files.writeString(dir.resolve(companion.getKey()), companion.getValue());
            }
            return new RunFiles(dir, script, results);
        } catch (IOException e) {
            throw new EngineException(
                    "cannot write the " + name() + " script into the workspace: " + e.getMessage(), e);
        }
    }

    /**
     * Waits for the tool's main process to end (its profile, a request timeout and the start allowance at most),
     * looking at the test's stop request four times a second; returns the warning its ending deserves, or null.
     */
    private String awaitEnd(Process main, LoadTest test, Path dir) throws InterruptedException {
        Duration limit =
                test.profile().totalDuration().plus(test.requestTimeout()).plus(startAllowance());
        long deadline = System.nanoTime() + limit.toNanos();
        while (!main.waitFor(
                        Math.min(250, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)), TimeUnit.MILLISECONDS)
                && System.nanoTime() < deadline
                && !test.stop().requested()) {
            // the tool is running
        }
        if (test.stop().requested() && main.isAlive()) {
            return name() + " was stopped early (" + test.stop().reason()
                    + "); the figures cover the load sent until then";
        }
        if (main.isAlive()) {
            return name() + " was still running " + limit.toSeconds() + " s after it started; stopped";
        }
        if (!finishedNormally(main.exitValue())) {
            return name() + " ended with " + exitMeaning(main.exitValue()) + "; see " + dir.relativize(logOf(dir, 0));
        }
        return null;
    }

    /** The figures of what was read, with the warnings the reading left: none read is the tool's failure, with its log. */
    private EngineRun finish(
            ProcessResults results, List<Process> processes, Path dir, List<String> warnings, LoadListener listener)
            throws EngineException {
        RequestRecorder finished = results.recorder();
        if (finished == null) {
            throw new EngineException(
                    name() + " recorded no request" + (processes.isEmpty() ? "" : " (" + ended(processes.get(0)) + ")")
                            + ". Its output:\n" + lastLines(logOf(dir, 0), 15));
        }
        for (IntervalMetrics interval : finished.closeElapsedIntervals(System.nanoTime())) {
            listener.onInterval(interval);
        }
        crossCheck(dir, finished.snapshot().requests()).ifPresent(warnings::add);
        if (results.unreadable() > 0) {
            warnings.add(results.unreadable() + " result lines could not be read and were left out");
        }
        LoadMetrics metrics = finished.snapshot();
        java.util.Optional.ofNullable(SendGaps.warning(name(), metrics)).ifPresent(warnings::add);
        return new EngineRun(name(), metrics, warnings, finished.histograms());
    }

    /** A warning when the tool's own count and the lines benchpilot read disagree by more than 1% (and 5 requests). */
    private java.util.Optional<String> crossCheck(Path dir, long recorded) {
        Long reported;
        try {
            reported = reportedRequests(dir);
        } catch (RuntimeException e) {
            reported = null;
        }
        if (reported == null || Math.abs(reported - recorded) <= Math.max(5, recorded / 100)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(name() + "'s own summary counts " + reported + " requests, but " + recorded
                + " per-request results were read; the figures use the " + recorded + " read");
    }

    private Process start(List<String> command, Path dir, Path log, LoadTest test, Path results) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        ChildEnvironment.restrict(env);
        env.putAll(secrets(test.credentials()));
        env.put("BASE_URL", test.baseUrlText());
        env.put("BENCHPILOT_RESULTS", results.resolve("requests.ndjson").toString());
        env.putAll(environment());
        Process process = builder.start();
        GeneratorProcesses.started(process.toHandle());
        process.onExit().thenAccept(ended -> GeneratorProcesses.ended(ended.toHandle()));
        return process;
    }

    /** The test users and the static header as the generated scripts read them; never written to a file. */
    static Map<String, String> secrets(Credentials credentials) {
        Map<String, String> env = new LinkedHashMap<>();
        if (credentials == null) {
            return env;
        }
        if (credentials.hasAccounts()) {
            env.put(
                    "BENCHPILOT_CREDENTIALS",
                    credentials.accounts().stream()
                            .map(a -> a.username() + ":" + a.password())
                            .collect(Collectors.joining(",")));
            env.put("BENCHPILOT_USERNAME", credentials.accounts().get(0).username());
            env.put("BENCHPILOT_PASSWORD", credentials.accounts().get(0).password());
        }
        AuthHeader header = credentials.authHeader();
        if (header != null) {
            env.put(AuthHeader.ENV, header.name() + ": " + header.value());
        }
        return env;
    }

    private static void follow(ResultTail tail, LoadListener listener) {
        try {
            tail.poll();
        } catch (IOException | RuntimeException e) {
            listener.onWarning("reading results failed: " + e.getMessage());
        }
    }

    /** Closes the seconds that ended more than {@link #RESULT_LAG} ago. */
    private static void publish(RequestRecorder recorder, LoadListener listener) {
        if (recorder == null) {
            return;
        }
        for (IntervalMetrics interval : recorder.closeElapsedIntervals(System.nanoTime() - RESULT_LAG.toNanos())) {
            listener.onInterval(interval);
        }
    }

    /** SIGTERM, a few seconds to finish writing, then SIGKILL; children (workers, node's) too. */
    static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String ended(Process process) {
        return process.isAlive() ? "stopped" : exitMeaning(process.exitValue());
    }

    private Path logOf(Path dir, int index) {
        return dir.resolve(name() + (index == 0 ? "" : "-" + index) + "-output.log");
    }

    static String lastLines(Path file, int count) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
