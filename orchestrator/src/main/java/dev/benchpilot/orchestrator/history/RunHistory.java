package dev.benchpilot.orchestrator.history;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.tools.analysis.PercentileBand;
import dev.benchpilot.tools.analysis.RunComparison;
import dev.benchpilot.tools.metrics.RecordedHistograms;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.flywaydb.core.Flyway;

/** Stores runs and reads them back; the schema is migrated when the history is opened. */
public final class RunHistory {

    /** One stored run as listed by {@code benchpilot history}. */
    public record Entry(
            String runId,
            String target,
            String pattern,
            String status,
            String startedAt,
            Double achievedRps,
            Double p95Ms,
            Double errorRate,
            Double breakingPointRps) {}

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final String jdbcUrl;

    private RunHistory(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * The history for runs under {@code benchpilotDir} ({@code .benchpilot/}), or the database named by
     * BENCHPILOT_HISTORY_DB.
     */
    public static RunHistory forWorkspace(Path benchpilotDir) {
        String configured = System.getenv("BENCHPILOT_HISTORY_DB");
        if (configured != null && !configured.isBlank()) {
            return open(configured);
        }
        try {
            Files.createDirectories(benchpilotDir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + benchpilotDir + ": " + e.getMessage(), e);
        }
        return open("jdbc:sqlite:" + benchpilotDir.resolve("history.db").toAbsolutePath());
    }

    public static RunHistory open(String jdbcUrl) {
        Flyway.configure()
                .dataSource(jdbcUrl, null, null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new RunHistory(jdbcUrl);
    }

    /** Stores (or replaces) one run: its summary JSON and figures, stages, endpoints and histograms. */
    public void store(JsonNode summary, String historyKey, RecordedHistograms histograms) {
        String runId = summary.path("runId").asText();
        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            db.setAutoCommit(false);
            for (String table : List.of("run_histograms", "run_endpoints", "run_stages", "runs")) {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                    delete.setString(1, runId);
                    delete.executeUpdate();
                }
            }
            JsonNode capacity = summary.path("capacity");
            JsonNode underLoad = summary.path("latencyMs").path("underLoad");
            try (PreparedStatement run = db.prepareStatement(
                    "INSERT INTO runs (run_id, target, pattern, tool, status, started_at, finished_at, "
                            + "target_rps, achieved_rps, p50_ms, p95_ms, p99_ms, error_rate, comfortable_rps, "
                            + "maximum_rps, breaking_rps, summary_json) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                run.setString(1, runId);
                run.setString(2, historyKey);
                run.setString(3, summary.path("pattern").asText(""));
                run.setString(4, summary.path("tool").asText(null));
                run.setString(5, summary.path("status").asText());
                run.setString(6, summary.path("startedAt").asText());
                run.setString(7, summary.path("finishedAt").asText(null));
                number(run, 8, summary.path("targetRps"));
                number(run, 9, summary.path("achievedRps"));
                number(run, 10, underLoad.path("p50"));
                number(run, 11, underLoad.path("p95"));
                number(run, 12, underLoad.path("p99"));
                number(run, 13, summary.path("requests").path("errorRate"));
                number(run, 14, capacity.path("comfortableRps"));
                number(run, 15, capacity.path("maximumRps"));
                number(run, 16, capacity.path("breakingPointRps"));
                run.setString(17, JSON.writeValueAsString(summary));
                run.executeUpdate();
            }
            int position = 0;
            for (JsonNode stage : summary.path("stages")) {
                try (PreparedStatement row =
                        db.prepareStatement("INSERT INTO run_stages VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    row.setString(1, runId);
                    row.setInt(2, position++);
                    row.setString(3, stage.path("name").asText());
                    number(row, 4, stage.path("offeredRps"));
                    number(row, 5, stage.path("achievedRps"));
                    number(row, 6, stage.path("latencyMs").path("p95"));
                    number(row, 7, stage.path("errorRate"));
                    row.executeUpdate();
                }
            }
            for (JsonNode endpoint : summary.path("endpoints")) {
                try (PreparedStatement row =
                        db.prepareStatement("INSERT INTO run_endpoints VALUES (?, ?, ?, ?, ?, ?)")) {
                    row.setString(1, runId);
                    row.setString(2, endpoint.path("method").asText());
                    row.setString(3, endpoint.path("path").asText());
                    row.setLong(4, endpoint.path("requests").asLong());
                    number(row, 5, endpoint.path("latencyMs").path("p95"));
                    number(row, 6, endpoint.path("errorRate"));
                    row.executeUpdate();
                }
            }
            if (histograms != null) {
                Map<String, Histogram> scopes = new LinkedHashMap<>();
                scopes.put("all", histograms.all());
                scopes.put("measured", histograms.measured());
                histograms.byEndpoint().forEach((key, histogram) -> scopes.put("endpoint:" + key, histogram));
                for (var scope : scopes.entrySet()) {
                    try (PreparedStatement row = db.prepareStatement("INSERT INTO run_histograms VALUES (?, ?, ?)")) {
                        row.setString(1, runId);
                        row.setString(2, scope.getKey());
                        row.setString(3, encode(scope.getValue()));
                        row.executeUpdate();
                    }
                }
            }
            db.commit();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot store run " + runId + " in the history: " + e.getMessage(), e);
        }
    }

    /** The latest completed run of {@code historyKey} and {@code pattern} other than {@code runId}. */
    public Optional<RunComparison.Figures> previous(String historyKey, String pattern, String runId) {
        List<RunComparison.Figures> found = figures(
                "SELECT * FROM runs WHERE target = ? AND pattern = ? AND status = 'completed' "
                        + "AND run_id <> ? ORDER BY started_at DESC LIMIT 1",
                historyKey,
                pattern,
                runId);
        return found.stream().findFirst();
    }

    public Optional<RunComparison.Figures> figures(String runId) {
        return figures("SELECT * FROM runs WHERE run_id = ?", runId).stream().findFirst();
    }

    /** Runs, newest first; null filters match everything. */
    public List<Entry> list(String target, String pattern, String status, int limit) {
        return list(target, pattern, status, null, null, limit);
    }

    /**
     * Runs started in [{@code from}, {@code to}], newest first; null filters match everything. The bounds are ISO
     * instants or dates ({@code 2026-11-01}); a date as {@code to} includes that whole day.
     */
    public List<Entry> list(String target, String pattern, String status, String from, String to, int limit) {
        String until = to != null && to.length() == 10 ? to + "T~" : to;
        List<Entry> entries = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl);
                PreparedStatement query = db.prepareStatement(
                        "SELECT * FROM runs WHERE (? IS NULL OR target = ?) AND (? IS NULL OR pattern = ?) "
                                + "AND (? IS NULL OR status = ?) AND (? IS NULL OR started_at >= ?) AND (? IS NULL "
                                + "OR started_at <= ?) "
                                + "ORDER BY started_at DESC LIMIT ?")) {
            for (int i = 0; i < 5; i++) {
                String value = i == 0 ? target : i == 1 ? pattern : i == 2 ? status : i == 3 ? from : until;
                query.setString(2 * i + 1, value);
                query.setString(2 * i + 2, value);
            }
            query.setInt(11, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the history: " + e.getMessage(), e);
        }
        return entries;
    }

    /** One stored run by id. */
    public Optional<Entry> entry(String runId) {
        try (Connection db = DriverManager.getConnection(jdbcUrl);
                PreparedStatement query = db.prepareStatement("SELECT * FROM runs WHERE run_id = ?")) {
            query.setString(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the history: " + e.getMessage(), e);
        }
    }

    private static Entry entry(ResultSet rows) throws SQLException {
        return new Entry(
                rows.getString("run_id"),
                rows.getString("target"),
                rows.getString("pattern"),
                rows.getString("status"),
                rows.getString("started_at"),
                value(rows, "achieved_rps"),
                value(rows, "p95_ms"),
                value(rows, "error_rate"),
                value(rows, "breaking_rps"));
    }

    /** A stored histogram, decoded; empty when the run or scope is unknown. */
    public Optional<Histogram> histogram(String runId, String scope) {
        try (Connection db = DriverManager.getConnection(jdbcUrl);
                PreparedStatement query =
                        db.prepareStatement("SELECT histogram FROM run_histograms WHERE run_id = ? AND scope = ?")) {
            query.setString(1, runId);
            query.setString(2, scope);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(Histogram.decodeFromCompressedByteBuffer(
                        ByteBuffer.wrap(Base64.getDecoder().decode(rows.getString(1))), 0));
            }
        } catch (SQLException | java.util.zip.DataFormatException e) {
            throw new IllegalStateException(
                    "cannot read histogram " + scope + " of " + runId + ": " + e.getMessage(), e);
        }
    }

    private List<RunComparison.Figures> figures(String sql, String... parameters) {
        List<RunComparison.Figures> found = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl);
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String runId = rows.getString("run_id");
                    Histogram measured = histogram(runId, "measured").orElse(null);
                    found.add(new RunComparison.Figures(
                            runId,
                            rows.getString("started_at"),
                            value(rows, "achieved_rps"),
                            value(rows, "p50_ms"),
                            value(rows, "p95_ms"),
                            value(rows, "p99_ms"),
                            value(rows, "error_rate"),
                            value(rows, "breaking_rps"),
                            measured == null ? null : PercentileBand.of(measured, 95),
                            measured == null ? null : PercentileBand.of(measured, 99)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the history: " + e.getMessage(), e);
        }
        return found;
    }

    static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void number(PreparedStatement statement, int index, JsonNode value) throws SQLException {
        if (value.isNumber()) {
            statement.setDouble(index, value.asDouble());
        } else {
            statement.setNull(index, Types.DOUBLE);
        }
    }

    private static Double value(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
