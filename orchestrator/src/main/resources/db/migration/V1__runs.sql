-- benchpilot run history: one row per run, its stages and endpoints, and the latency histograms behind them.
-- Portable SQL (SQLite and PostgreSQL).
CREATE TABLE runs (
    run_id            VARCHAR(100) PRIMARY KEY,
    target            VARCHAR(500) NOT NULL,
    pattern           VARCHAR(20)  NOT NULL,
    tool              VARCHAR(20),
    status            VARCHAR(20)  NOT NULL,
    started_at        VARCHAR(40)  NOT NULL,
    finished_at       VARCHAR(40),
    target_rps        DOUBLE PRECISION,
    achieved_rps      DOUBLE PRECISION,
    p50_ms            DOUBLE PRECISION,
    p95_ms            DOUBLE PRECISION,
    p99_ms            DOUBLE PRECISION,
    error_rate        DOUBLE PRECISION,
    comfortable_rps   DOUBLE PRECISION,
    maximum_rps       DOUBLE PRECISION,
    breaking_rps      DOUBLE PRECISION,
    summary_json      TEXT NOT NULL
);
CREATE INDEX runs_by_target ON runs (target, pattern, started_at);

CREATE TABLE run_stages (
    run_id        VARCHAR(100) NOT NULL REFERENCES runs (run_id),
    position      INTEGER      NOT NULL,
    name          VARCHAR(200) NOT NULL,
    offered_rps   DOUBLE PRECISION,
    achieved_rps  DOUBLE PRECISION,
    p95_ms        DOUBLE PRECISION,
    error_rate    DOUBLE PRECISION,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE run_endpoints (
    run_id      VARCHAR(100) NOT NULL REFERENCES runs (run_id),
    method      VARCHAR(10)  NOT NULL,
    path        VARCHAR(500) NOT NULL,
    requests    BIGINT,
    p95_ms      DOUBLE PRECISION,
    error_rate  DOUBLE PRECISION,
    PRIMARY KEY (run_id, method, path)
);

-- HdrHistograms in microseconds, compressed and base64-encoded; scope is 'all', 'measured' or 'endpoint:GET /path'.
CREATE TABLE run_histograms (
    run_id     VARCHAR(100) NOT NULL REFERENCES runs (run_id),
    scope      VARCHAR(600) NOT NULL,
    histogram  TEXT         NOT NULL,
    PRIMARY KEY (run_id, scope)
);
