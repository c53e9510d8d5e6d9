package dev.benchpilot.examples.shop;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * An in-memory H2 database of its own (a unique name, so several shops can share a JVM) behind a HikariCP
 * pool named {@code shop} of {@link ShopConfig#poolSize()} connections. H2's result cache is off
 * ({@code OPTIMIZE_REUSE_RESULTS=FALSE}) so every request does its query's work.
 */
final class Database implements AutoCloseable {

    private final HikariDataSource pool;

    Database(ShopConfig config, MeterRegistry registry) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl("jdbc:h2:mem:shop-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
        hikari.setUsername("sa");
        hikari.setPassword("");
        hikari.setPoolName("shop");
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setMinimumIdle(config.poolSize());
        hikari.setConnectionTimeout(config.poolTimeout().toMillis());
        hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        this.pool = new HikariDataSource(hikari);
    }

    /**
     * A pooled connection; waits at most the pool timeout, then throws {@link
     * java.sql.SQLTransientConnectionException}.
     */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Runs {@code work} in one transaction, committing on success and rolling back on any failure. */
    <T> T transaction(SqlWork<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Work inside {@link #transaction}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Drops the database (it would otherwise outlive the pool) and closes the pool. Idempotent. */
    @Override
    public void close() {
        if (pool.isClosed()) {
            return;
        }
        try (Connection connection = pool.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("SHUTDOWN");
        } catch (SQLException e) {
            // the pool is closed next either way
        }
        pool.close();
    }
}
