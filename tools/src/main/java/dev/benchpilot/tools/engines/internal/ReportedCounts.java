package dev.benchpilot.tools.engines.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads the request count an outside tool reports in its own summary file; null whenever it cannot. */
final class ReportedCounts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportedCounts() {}

    /** The integer at a JSON pointer such as {@code /metrics/http_reqs/count}. */
    static Long jsonCount(Path file, String pointer) {
        try {
            JsonNode value = JSON.readTree(file.toFile()).at(pointer);
            return value.isNumber() ? value.asLong() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The integer in column {@code column} of the row whose {@code keyColumn} is {@code key} (simple CSV, quoted
     * cells).
     */
    static Long csvCount(Path file, String keyColumn, String key, String column) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return null;
            }
            List<String> header = cells(lines.get(0));
            int keyIndex = header.indexOf(keyColumn);
            int valueIndex = header.indexOf(column);
            for (String line : lines.subList(1, lines.size())) {
                List<String> row = cells(line);
                if (keyIndex >= 0
                        && valueIndex >= 0
                        && row.size() > Math.max(keyIndex, valueIndex)
                        && key.equals(row.get(keyIndex))) {
                    return Long.parseLong(row.get(valueIndex));
                }
            }
            return null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
                .map(cell -> cell.strip().replaceAll("^\"|\"$", ""))
                .toList();
    }
}
