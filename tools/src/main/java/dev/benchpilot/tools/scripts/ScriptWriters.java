package dev.benchpilot.tools.scripts;

import dev.benchpilot.tools.scripts.internal.GatlingSimulationWriter;
import dev.benchpilot.tools.scripts.internal.K6ScriptWriter;
import java.util.List;
import java.util.Optional;

/** Every script writer, by tool name. */
public final class ScriptWriters {

    private static final List<ScriptWriter> WRITERS = List.of(new K6ScriptWriter(), new GatlingSimulationWriter());

    private ScriptWriters() {
    }

    public static List<ScriptWriter> all() {
        return WRITERS;
    }

    public static Optional<ScriptWriter> byTool(String tool) {
        return WRITERS.stream().filter(w -> w.tool().equals(tool)).findFirst();
    }
}
