package io.github.vodclient.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.testing.VideoRepositoryContract;
import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDBC example honours the repository contract ({@link VideoRepositoryContract}) and stores what a video page
 * shows, on each real SQL database a subclass gives: H2 in PostgreSQL mode and a real PostgreSQL server.
 */
abstract class JdbcVideoRepositoryTest extends VideoRepositoryContract {
    private JdbcVideoRepository videos;

    /** A database in which the test may drop and create the {@code videos} table. */
    abstract DataSource dataSource();

    @BeforeEach
    void setUp() throws SQLException {
        DataSource dataSource = dataSource();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS videos");
        }
        videos = new JdbcVideoRepository(dataSource, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        videos.createSchema();
    }

    @Override
    protected VideoRepository repository() {
        return videos;
    }

    @Override
    protected void createVideo(String videoId, String sourceKey) {
        videos.create(videoId, "My video", sourceKey);
    }

    @Test
    void createSchema_twice_keepsTheRows() {
        createVideo("v1", KEY);

        videos.createSchema();

        assertEquals(Optional.of(VideoState.newVideo("v1")), videos.findBySourceKey(KEY));
    }

    @Test
    void createSchema_byManyConsumersStartingAtOnce_allSucceed() throws Exception {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS videos");
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> starts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                starts.add(() -> {
                    videos.createSchema();
                    return null;
                });
            }
            for (Future<Void> start : pool.invokeAll(starts)) {
                start.get();
            }
        } finally {
            pool.shutdownNow();
        }
        createVideo("v1", KEY);
        assertEquals(Optional.of(VideoState.newVideo("v1")), videos.findBySourceKey(KEY));
    }

    @Test
    void apply_complete_storesValidPlaybackUrlsMediaAndTheMessage() {
        createVideo("v1", KEY);
        VideoState ingesting = state("v1", EncodingStatus.INGEST, GUID, STARTED);
        assertTrue(videos.apply(update(VideoState.newVideo("v1"), ingesting, ingest())));

        assertTrue(videos.apply(completeUpdate(ingesting)));

        Video video = videos.find("v1").orElseThrow();
        assertEquals(EncodingStatus.COMPLETE, video.status());
        assertEquals(Optional.of(STARTED), video.jobStartedAt());
        assertEquals(Optional.of(URI.create("https://d1a2b3c4d5e6f7.cloudfront.net/" + GUID
                + "/hls/My%20Video%20(1).m3u8")), video.hlsUrl());
        assertTrue(video.thumbnailUrl().orElseThrow().toString().endsWith("_thumb.0000004.jpg"));
        assertEquals(Optional.of(Duration.ofMillis(21_021)), video.duration());
        assertEquals(OptionalInt.of(1920), video.width());
        assertEquals(OptionalInt.of(1080), video.height());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), video.updatedAt());
    }
}
