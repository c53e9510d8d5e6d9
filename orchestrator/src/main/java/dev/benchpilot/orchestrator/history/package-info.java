/**
 * The run history: every run's summary, stages, endpoints and latency histograms in a SQL database (an SQLite file
 * {@code .benchpilot/history.db} by default, or any JDBC URL such as PostgreSQL's via {@code BENCHPILOT_HISTORY_DB}),
 * its schema kept by Flyway migrations under {@code db/migration}. One connection per call; safe from several threads.
 */
package dev.benchpilot.orchestrator.history;
