package io.github.vodclient.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.IngestEvent;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC example honours the repository contract on a real SQL database (H2 in PostgreSQL mode). */
class JdbcVideoRepositoryTest {
    private static final String KEY = "uploads/My Video (1).mp4";
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final Instant STARTED = Instant.parse("2025-09-01T12:00:02.020Z");
    private static final VodEventParser PARSER = VodEventParser.create();

    private JdbcVideoRepository videos;

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
        videos = new JdbcVideoRepository(dataSource, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        videos.createSchema();
        videos.create("v1", "My video", KEY);
    }

    private static IngestEvent ingest() {
        return (IngestEvent) PARSER.parse(read("lambda-sns-ingest.json")).events().get(0);
    }

    private static CompleteEvent complete() {
        return (CompleteEvent) PARSER.parse(read("lambda-sns-complete.json")).events().get(0);
    }

    private static String read(String sample) {
        try {
            return Files.readString(Path.of("samples", sample));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VideoUpdate ingestUpdate(VideoState from) {
        return new VideoUpdate(from, new VideoState("v1", EncodingStatus.INGEST, Optional.of(GUID), Optional.of(STARTED)),
                PlaybackUrls.none(), Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), ingest());
    }

    @Test
    void findBySourceKey_newVideo_isNewWithoutJob() {
        assertEquals(Optional.of(VideoState.newVideo("v1")), videos.findBySourceKey(KEY));
        assertEquals(Optional.empty(), videos.findBySourceKey("other.mp4"));
    }

    @Test
    void apply_fromTheStoredState_storesItAndTheVideoIsFoundByGuid() {
        VideoState stored = videos.findBySourceKey(KEY).orElseThrow();

        assertTrue(videos.apply(ingestUpdate(stored)));

        VideoState expected = new VideoState("v1", EncodingStatus.INGEST, Optional.of(GUID), Optional.of(STARTED));
        assertEquals(Optional.of(expected), videos.findByJobGuid(GUID));
    }

    @Test
    void apply_fromAStateThatIsNoLongerStored_changesNothing() {
        VideoState stored = videos.findBySourceKey(KEY).orElseThrow();
        VideoUpdate first = ingestUpdate(stored);
        assertTrue(videos.apply(first));

        assertFalse(videos.apply(ingestUpdate(stored)), "computed from NEW, but the row is INGEST now");
        assertEquals(EncodingStatus.INGEST, videos.find("v1").orElseThrow().status());
    }

    @Test
    void apply_complete_storesValidPlaybackUrlsMediaAndTheMessage() {
        VideoState ingesting = new VideoState("v1", EncodingStatus.INGEST, Optional.of(GUID), Optional.of(STARTED));
        videos.apply(ingestUpdate(videos.findBySourceKey(KEY).orElseThrow()));
        CompleteEvent complete = complete();

        assertTrue(videos.apply(new VideoUpdate(ingesting,
                new VideoState("v1", EncodingStatus.COMPLETE, Optional.of(GUID), Optional.of(STARTED)),
                complete.playback(), complete.playback().thumbnails().stream().findFirst(),
                Optional.of(Duration.ofMillis(21_021)), OptionalInt.of(1920), OptionalInt.of(1080), Optional.empty(),
                complete)));

        Video video = videos.find("v1").orElseThrow();
        assertEquals(EncodingStatus.COMPLETE, video.status());
        assertEquals(Optional.of(URI.create("https://d1a2b3c4d5e6f7.cloudfront.net/" + GUID
                + "/hls/My%20Video%20(1).m3u8")), video.hlsUrl());
        assertTrue(video.thumbnailUrl().orElseThrow().toString().endsWith("_thumb.0000004.jpg"));
        assertEquals(Optional.of(Duration.ofMillis(21_021)), video.duration());
        assertEquals(OptionalInt.of(1920), video.width());
    }

    @Test
    void apply_racingDeliveriesFromTheSameState_exactlyOneWins() throws Exception {
        VideoState stored = videos.findBySourceKey(KEY).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racers.add(() -> videos.apply(ingestUpdate(stored)));
            }
            int wins = 0;
            for (Future<Boolean> f : pool.invokeAll(racers)) {
                wins += f.get() ? 1 : 0;
            }
            assertEquals(1, wins);
        } finally {
            pool.shutdownNow();
        }
    }
}
