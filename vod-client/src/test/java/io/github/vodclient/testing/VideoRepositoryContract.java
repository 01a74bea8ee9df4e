package io.github.vodclient.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.ErrorEvent;
import io.github.vodclient.event.IngestEvent;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.event.WorkflowEvent;
import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The {@link VideoRepository} contract as tests, shared by every repository in the build: the in-memory one, the
 * JDBC example on H2 and on PostgreSQL, and {@code DynamoDbVideoRepository} on DynamoDB Local. A subclass gives a
 * fresh, empty repository per test and a way to create a video the way its application would.
 */
public abstract class VideoRepositoryContract {
    protected static final String KEY = "uploads/My Video (1).mp4";
    protected static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    protected static final String REUPLOAD_GUID = "0b7a4c1e-9d2f-4e8a-8c3b-5f6e7d8c9b0a";
    protected static final Instant STARTED = Instant.parse("2025-09-01T12:00:02.020Z");
    private static final VodEventParser PARSER = VodEventParser.create();

    /** The repository under test, empty before {@link #createVideo} (called once per test, after set-up). */
    protected abstract VideoRepository repository();

    /** Creates a NEW video whose file will be uploaded under {@code sourceKey}, as the application would. */
    protected abstract void createVideo(String videoId, String sourceKey);

    protected static IngestEvent ingest() {
        return (IngestEvent) PARSER.parseMessage(fixture("gen_A-video_sns_ingest_message-body.json"));
    }

    protected static CompleteEvent complete() {
        return (CompleteEvent) PARSER.parseMessage(fixture("gen_A-video_sns_complete_message-body.json"));
    }

    protected static ErrorEvent error() {
        return (ErrorEvent) PARSER.parseMessage(fixture("gen_error-handler_mediaconvert-error_sns_message-body.json"));
    }

    private static String fixture(String name) {
        try (InputStream in = VideoRepositoryContract.class.getResourceAsStream("/io/github/vodclient/event/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static VideoState state(String videoId, EncodingStatus status, String guid, Instant started) {
        return new VideoState(videoId, status, Optional.of(guid), Optional.of(started));
    }

    /** An update without playback or media: what Ingest and stale-free status moves store. */
    protected static VideoUpdate update(VideoState from, VideoState to, WorkflowEvent event) {
        return new VideoUpdate(from, to, PlaybackUrls.none(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), event);
    }

    /** The Complete update of the fixture job, with its playback URLs, first thumbnail and media facts. */
    protected static VideoUpdate completeUpdate(VideoState from) {
        CompleteEvent complete = complete();
        return new VideoUpdate(from, state(from.videoId(), EncodingStatus.COMPLETE, GUID, STARTED),
                complete.playback(), complete.playback().thumbnails().stream().findFirst(),
                Optional.of(Duration.ofMillis(21_021)), OptionalInt.of(1920), OptionalInt.of(1080), complete);
    }

    private VideoState ingested() {
        VideoState ingesting = state("v1", EncodingStatus.INGEST, GUID, STARTED);
        assertTrue(repository().apply(update(VideoState.newVideo("v1"), ingesting, ingest())));
        return ingesting;
    }

    @Test
    void findBySourceKey_newVideo_isNewWithoutJob() {
        createVideo("v1", KEY);

        assertEquals(Optional.of(VideoState.newVideo("v1")), repository().findBySourceKey(KEY));
    }

    @Test
    void findBySourceKey_unknownKey_isEmpty() {
        createVideo("v1", KEY);

        assertEquals(Optional.empty(), repository().findBySourceKey("uploads/other.mp4"));
    }

    @Test
    void findByJobGuid_noVideoFollowsTheJob_isEmpty() {
        createVideo("v1", KEY);

        assertEquals(Optional.empty(), repository().findByJobGuid(GUID));
    }

    @Test
    void apply_fromTheStoredState_storesItAndTheVideoIsFoundByGuidAndKey() {
        createVideo("v1", KEY);

        VideoState ingesting = ingested();

        assertEquals(Optional.of(ingesting), repository().findByJobGuid(GUID));
        assertEquals(Optional.of(ingesting), repository().findBySourceKey(KEY));
    }

    @Test
    void apply_fromAStateThatIsNoLongerStored_changesNothing() {
        createVideo("v1", KEY);
        VideoState ingesting = ingested();

        VideoUpdate fromNew = update(VideoState.newVideo("v1"), state("v1", EncodingStatus.INGEST, REUPLOAD_GUID,
                STARTED.plusSeconds(5)), ingest());

        assertFalse(repository().apply(fromNew), "computed from NEW, but the video is INGEST now");
        assertEquals(Optional.of(ingesting), repository().findBySourceKey(KEY));
    }

    @Test
    void apply_expectedJobStartDiffers_changesNothing() {
        createVideo("v1", KEY);
        VideoState ingesting = ingested();
        VideoState otherStart = state("v1", EncodingStatus.INGEST, GUID, STARTED.plusMillis(1));

        assertFalse(repository().apply(completeUpdate(otherStart)), "the job start is part of the condition");
        assertEquals(Optional.of(ingesting), repository().findBySourceKey(KEY));
    }

    @Test
    void apply_expectedJobGuidDiffers_changesNothing() {
        createVideo("v1", KEY);
        VideoState ingesting = ingested();
        VideoState otherJob = state("v1", EncodingStatus.INGEST, REUPLOAD_GUID, STARTED);

        assertFalse(repository().apply(update(otherJob, state("v1", EncodingStatus.ERROR, REUPLOAD_GUID, STARTED),
                error())), "the job guid is part of the condition");
        assertEquals(Optional.of(ingesting), repository().findBySourceKey(KEY));
    }

    @Test
    void apply_expectedStatusDiffers_changesNothing() {
        createVideo("v1", KEY);
        ingested();
        VideoState complete = state("v1", EncodingStatus.COMPLETE, GUID, STARTED);
        assertTrue(repository().apply(completeUpdate(state("v1", EncodingStatus.INGEST, GUID, STARTED))));

        assertFalse(repository().apply(update(state("v1", EncodingStatus.INGEST, GUID, STARTED),
                state("v1", EncodingStatus.ERROR, GUID, STARTED), error())), "the status is part of the condition");
        assertEquals(Optional.of(complete), repository().findByJobGuid(GUID));
    }

    @Test
    void apply_unknownVideo_returnsFalseAndCreatesNothing() {
        createVideo("v1", KEY);

        assertFalse(repository().apply(update(VideoState.newVideo("v2"),
                state("v2", EncodingStatus.INGEST, GUID, STARTED), ingest())));
        assertEquals(Optional.empty(), repository().findByJobGuid(GUID));
    }

    @Test
    void apply_reuploadReplacesTheJob_foundByTheNewGuidOnly() {
        createVideo("v1", KEY);
        VideoState ingesting = ingested();
        VideoState reupload = state("v1", EncodingStatus.INGEST, REUPLOAD_GUID, STARTED.plusSeconds(3));

        assertTrue(repository().apply(update(ingesting, reupload, ingest())));

        assertEquals(Optional.of(reupload), repository().findByJobGuid(REUPLOAD_GUID));
        assertEquals(Optional.empty(), repository().findByJobGuid(GUID));
    }

    @Test
    void apply_errorThenComplete_eachStatusIsStoredAndReadBack() {
        createVideo("v1", KEY);
        VideoState ingesting = ingested();
        VideoState failed = state("v1", EncodingStatus.ERROR, GUID, STARTED);
        VideoUpdate error = new VideoUpdate(ingesting, failed, PlaybackUrls.none(), Optional.empty(),
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), error());

        assertTrue(repository().apply(error));
        assertEquals(Optional.of(failed), repository().findBySourceKey(KEY));

        VideoState reupload = state("v1", EncodingStatus.COMPLETE, REUPLOAD_GUID, STARTED.plusSeconds(60));
        assertTrue(repository().apply(new VideoUpdate(failed, reupload, complete().playback(), Optional.empty(),
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), complete())));
        assertEquals(Optional.of(reupload), repository().findByJobGuid(REUPLOAD_GUID));
    }

    @Test
    void apply_racingDeliveriesFromTheSameState_exactlyOneWins() throws Exception {
        createVideo("v1", KEY);
        VideoState stored = repository().findBySourceKey(KEY).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String guid = "racer-" + i;
                racers.add(() -> repository().apply(update(stored,
                        state("v1", EncodingStatus.INGEST, guid, STARTED), ingest())));
            }
            List<String> winners = new ArrayList<>();
            List<Future<Boolean>> results = pool.invokeAll(racers);
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).get()) {
                    winners.add("racer-" + i);
                }
            }
            assertEquals(1, winners.size(), "winners: " + winners);
            assertEquals(Optional.of(winners.get(0)), repository().findBySourceKey(KEY).orElseThrow().jobGuid());
        } finally {
            pool.shutdownNow();
        }
    }
}
