-- The application's videos table, as the JDBC example uses it. Works on PostgreSQL and on H2.
CREATE TABLE IF NOT EXISTS videos (
    id              VARCHAR(64)    PRIMARY KEY,
    title           VARCHAR(500)   NOT NULL,
    source_key      VARCHAR(1024)  NOT NULL UNIQUE,
    status          VARCHAR(16)    NOT NULL,
    job_guid        VARCHAR(64),
    job_started_at  TIMESTAMP WITH TIME ZONE,
    hls_url         VARCHAR(4096),
    thumbnail_url   VARCHAR(4096),
    duration_millis BIGINT,
    width           INTEGER,
    height          INTEGER,
    error_message   VARCHAR(65536),
    last_message    VARCHAR(300000),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS videos_job_guid ON videos (job_guid);
