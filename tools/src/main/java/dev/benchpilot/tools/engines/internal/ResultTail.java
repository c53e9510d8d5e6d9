package dev.benchpilot.tools.engines.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Follows the result files an outside tool appends to while it runs (one per process: Locust workers, k6, Artillery),
 * handing each complete line over once. A line still being written (no newline yet) waits for the next poll.
 * Not thread-safe: one thread polls.
 */
final class ResultTail {

    private final Path directory;
    private final String glob;
    private final Consumer<String> lines;
    private final Map<Path, Long> offsets = new HashMap<>();
    private final Map<Path, java.io.ByteArrayOutputStream> partial = new HashMap<>();

    /** Every file in {@code directory} matching {@code glob} (such as {@code requests*.ndjson}). */
    ResultTail(Path directory, String glob, Consumer<String> lines) {
        this.directory = directory;
        this.glob = glob;
        this.lines = lines;
    }

    /** Reads what was appended since the last poll; returns the number of complete lines handed over. */
    long poll() throws IOException {
        long count = 0;
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, glob)) {
            for (Path file : files) {
                count += read(file);
            }
        }
        return count;
    }

    private long read(Path file) throws IOException {
        long offset = offsets.getOrDefault(file, 0L);
        long count = 0;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length <= offset) {
                return 0;
            }
            in.seek(offset);
            byte[] bytes = new byte[(int) Math.min(length - offset, 8 << 20)];
            in.readFully(bytes);
            offsets.put(file, offset + bytes.length);
            java.io.ByteArrayOutputStream line =
                    partial.computeIfAbsent(file, f -> new java.io.ByteArrayOutputStream());
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line.write(bytes, start, i - start);
                    String text = line.toString(StandardCharsets.UTF_8);
                    if (!text.isBlank()) {
                        lines.accept(text);
                        count++;
                    }
                    line.reset();
                    start = i + 1;
                }
            }
            line.write(bytes, start, bytes.length - start); // the start of a line still being written
        }
        return count;
    }
}
