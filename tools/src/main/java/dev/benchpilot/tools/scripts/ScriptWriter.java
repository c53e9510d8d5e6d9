package dev.benchpilot.tools.scripts;

/**
 * Writes a runnable script for one load tool from a {@link ScriptSpec}. Implementations are stateless and
 * thread-safe; the same spec always gives the same text, and the text never holds a credential.
 */
public interface ScriptWriter {

    /** The tool's name as on the command line: {@code k6}, {@code gatling}, later {@code artillery}, {@code locust}. */
    String tool();

    /** The file the script is saved as in the run's workspace, e.g. {@code load-test.js}. */
    String fileName();

    /** The script's full text. */
    String write(ScriptSpec spec);

    /** Further files the script needs beside it (Artillery's processor), by file name; none by default. */
    default java.util.Map<String, String> companionFiles(ScriptSpec spec) {
        return java.util.Map.of();
    }
}
