package dev.benchpilot.tools.scripts;

import dev.benchpilot.tools.scripts.internal.GatlingSimulationWriter;
import dev.benchpilot.tools.scripts.internal.K6ScriptWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every script writer, by tool name. The one place a new writer (Artillery, Locust) is registered. */
public final class ScriptWriters {

    private static final List<ScriptWriter> WRITERS = List.of(new K6ScriptWriter(), new GatlingSimulationWriter());

    private ScriptWriters() {
    }

    /** All writers, in a fixed order. */
    public static List<ScriptWriter> all() {
        return WRITERS;
    }

    /** The writer for {@code tool} (case-insensitive, e.g. {@code k6}, {@code gatling}), if there is one. */
    public static Optional<ScriptWriter> byTool(String tool) {
        String wanted = tool == null ? "" : tool.trim().toLowerCase(Locale.ROOT);
        return WRITERS.stream().filter(w -> w.tool().equals(wanted)).findFirst();
    }
}
