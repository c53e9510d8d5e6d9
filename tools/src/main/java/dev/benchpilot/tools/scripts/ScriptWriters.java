package dev.benchpilot.tools.scripts;

import dev.benchpilot.tools.scripts.internal.ArtilleryScriptWriter;
import dev.benchpilot.tools.scripts.internal.GatlingSimulationWriter;
import dev.benchpilot.tools.scripts.internal.K6ScriptWriter;
import dev.benchpilot.tools.scripts.internal.LocustScriptWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every script writer, by tool name: k6, Gatling, Artillery, Locust. The one place a new writer is registered. */
public final class ScriptWriters {

    private static final List<ScriptWriter> WRITERS = List.of(
            new K6ScriptWriter(), new GatlingSimulationWriter(), new ArtilleryScriptWriter(), new LocustScriptWriter());

    private ScriptWriters() {}

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
