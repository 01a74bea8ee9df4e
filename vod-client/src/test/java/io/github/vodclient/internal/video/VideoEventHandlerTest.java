package io.github.vodclient.internal.video;

import io.github.vodclient.testing.InMemoryVideoRepository.Operation;
import io.github.vodclient.testing.InMemoryVideoRepository;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodException;
import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.ErrorEvent;
import io.github.vodclient.event.IngestEvent;
import io.github.vodclient.event.UnknownEvent;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.video.HandleResult.MissingMediaInfo;
import io.github.vodclient.video.HandleResult.Outcome;
import io.github.vodclient.video.HandleResult;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VideoEventHandlerTest {
    private static final String VIDEO = "video-42";
    private static final String KEY = "video/42/My Video (1).mp4";
    private static final String JOB1 = "11111111-1111-4111-8111-111111111111";
    private static final String JOB2 = "22222222-2222-4222-8222-222222222222";
    private static final Instant T1 = Instant.parse("2025-09-01T12:00:01.512Z");
    private static final Instant T2 = Instant.parse("2025-09-01T13:30:00Z");

    private final InMemoryVideoRepository videos = new InMemoryVideoRepository();
    private final FakeJobs jobs = new FakeJobs();
    private final List<HandleResult> heard = new ArrayList<>();

    private VideoEventHandler handler(boolean strictMediaInfo, boolean failOnUnknownVideo) {
        return new VideoEventHandler(videos, jobs, heard::add, strictMediaInfo, failOnUnknownVideo);
    }

    private final VideoEventHandler handler = handler(false, false);

    @BeforeEach
    void setUp() {
        videos.createVideo(VIDEO, KEY);
        jobs.add(JOB1, KEY, T1);
        jobs.add(JOB2, KEY, T2);
    }

    @Test
    void handle_ingestForKnownSourceKey_storesGuidAndMovesToIngest() {
        HandleResult result = handler.handle(Events.ingest(JOB1, KEY, T1));

        assertEquals(Outcome.APPLIED, result.outcome());
        assertEquals(Optional.of(VIDEO), result.videoId());
        assertEquals(new VideoState(VIDEO, EncodingStatus.INGEST, Optional.of(JOB1), Optional.of(T1)),
                videos.state(VIDEO));
        assertEquals(1, jobs.lookups, "the job's start comes from its table item");
        assertEquals(List.of(result), heard);
    }

    @Test
    void handle_complete_storesPlaybackThumbnailAndMediaInfoFromOneLookup() {
        handler.handle(Events.ingest(JOB1, KEY, T1));
        int lookups = jobs.lookups;

        HandleResult result = handler.handle(Events.complete(JOB1, KEY, T1));

        assertEquals(Outcome.APPLIED, result.outcome());
        assertFalse(result.mediaInfoMissing());
        VideoUpdate update = result.update().orElseThrow();
        assertEquals(EncodingStatus.COMPLETE, update.next().status());
        assertEquals(URI.create("https://d1a2b3c4d5e6f7.cloudfront.net/" + JOB1 + "/hls/My%20Video%20(1).m3u8"),
                update.playback().hls().orElseThrow().uri());
        assertEquals(URI.create("https://d1a2b3c4d5e6f7.cloudfront.net/" + JOB1
                + "/thumbnails/My%20Video%20(1)_thumb.0000004.jpg"), update.thumbnail().orElseThrow().uri());
        assertEquals(Optional.of(Duration.ofMillis(21_021)), update.duration());
        assertEquals(OptionalInt.of(1920), update.width());
        assertEquals(OptionalInt.of(1080), update.height());
        assertEquals(lookups + 1, jobs.lookups, "exactly one GetItem for a Complete");
    }

    @Test
    void handle_completeWhenLookupFails_appliesTheEventsOwnDataAndSaysMediaInfoIsMissing() {
        handler.handle(Events.ingest(JOB1, KEY, T1));
        jobs.failure = new IllegalStateException("throttled");

        HandleResult result = handler.handle(Events.complete(JOB1, KEY, T1));

        assertEquals(Outcome.APPLIED, result.outcome());
        assertEquals(Optional.of(MissingMediaInfo.LOOKUP_FAILED), result.missingMediaInfo());
        VideoUpdate update = result.update().orElseThrow();
        assertEquals(Optional.empty(), update.duration());
        assertEquals(OptionalInt.of(1920), update.width(), "srcWidth of the Complete message");
        assertEquals(EncodingStatus.COMPLETE, videos.state(VIDEO).status());
    }

    @Test
    void handle_completeWhenLookupFailsInStrictMode_failsSoThePlatformRetries() {
        VideoEventHandler strict = handler(true, false);
        strict.handle(Events.ingest(JOB1, KEY, T1));
        IllegalStateException throttled = new IllegalStateException("throttled");
        jobs.failure = throttled;

        assertSame(throttled, assertThrows(IllegalStateException.class,
                () -> strict.handle(Events.complete(JOB1, KEY, T1))));

        assertEquals(EncodingStatus.INGEST, videos.state(VIDEO).status());
        assertEquals(Outcome.FAILED, heard.get(heard.size() - 1).outcome());
    }

    @Test
    void handle_errorWithoutSourceKey_findsTheVideoByGuidAndStoresTheErrorDetails() {
        handler.handle(Events.ingest(JOB1, KEY, T1));
        ErrorEvent error = Events.error(JOB1, T1.plusSeconds(80));

        HandleResult result = handler.handle(error);

        assertEquals(Outcome.APPLIED, result.outcome());
        assertEquals(EncodingStatus.ERROR, videos.state(VIDEO).status());
        ErrorEvent details = result.update().orElseThrow().error().orElseThrow();
        assertEquals(Optional.of("Encoding"), details.errorAt());
        assertEquals(error.errorMessage(), details.errorMessage());
        assertEquals(error.errorDetails(), details.errorDetails());
    }

    @Test
    void handle_errorBeforeItsIngest_findsTheVideoThroughTheJobsSourceKey() {
        HandleResult result = handler.handle(Events.error(JOB1, T1.plusSeconds(5)));

        assertEquals(Outcome.APPLIED, result.outcome());
        assertEquals(new VideoState(VIDEO, EncodingStatus.ERROR, Optional.of(JOB1), Optional.of(T1)),
                videos.state(VIDEO));
        assertEquals(1, jobs.lookups);
    }

    @Test
    void handle_duplicateDelivery_changesNothingAndStoresOnce() {
        CompleteEvent complete = Events.complete(JOB1, KEY, T1);
        handler.handle(Events.ingest(JOB1, KEY, T1));
        handler.handle(complete);
        int lookups = jobs.lookups;

        HandleResult again = handler.handle(complete);

        assertEquals(Outcome.DUPLICATE, again.outcome());
        assertEquals(2, videos.updates().size());
        assertEquals(2, videos.calls(Operation.APPLY), "a duplicate never reaches the repository's update");
        assertEquals(lookups, jobs.lookups, "nor the job table");
    }

    @Test
    void handle_completeThenLateIngestOfTheSameJob_staysComplete() {
        handler.handle(Events.complete(JOB1, KEY, T1));

        HandleResult late = handler.handle(Events.ingest(JOB1, KEY, T1));

        assertEquals(Outcome.STALE, late.outcome());
        assertEquals(EncodingStatus.COMPLETE, videos.state(VIDEO).status());
    }

    @Test
    void handle_reuploadAfterComplete_startsTheNewJob() {
        handler.handle(Events.ingest(JOB1, KEY, T1));
        handler.handle(Events.complete(JOB1, KEY, T1));

        HandleResult reupload = handler.handle(Events.ingest(JOB2, KEY, T2));

        assertEquals(Outcome.APPLIED, reupload.outcome());
        assertEquals(new VideoState(VIDEO, EncodingStatus.INGEST, Optional.of(JOB2), Optional.of(T2)),
                videos.state(VIDEO));
    }

    @Test
    void handle_staleEventsOfAnOlderJob_neverRegressTheNewerJob() {
        handler.handle(Events.ingest(JOB2, KEY, T2));
        handler.handle(Events.complete(JOB2, KEY, T2));
        VideoState newer = videos.state(VIDEO);

        List<Outcome> outcomes = List.of(
                handler.handle(Events.ingest(JOB1, KEY, T1)).outcome(),
                handler.handle(Events.error(JOB1, T2.plusSeconds(300))).outcome(),
                handler.handle(Events.complete(JOB1, KEY, T1)).outcome());

        assertEquals(List.of(Outcome.STALE, Outcome.STALE, Outcome.STALE), outcomes);
        assertEquals(newer, videos.state(VIDEO));
    }

    @Test
    void handle_unknownVideo_isReportedNotThrown() {
        HandleResult result = handler.handle(Events.ingest(JOB1, "video/7/other.mp4", T1));

        assertEquals(Outcome.UNKNOWN_VIDEO, result.outcome());
        assertEquals(Optional.empty(), result.videoId());
    }

    @Test
    void handle_unknownVideoWhenConfiguredToFail_throwsSoThePlatformRetries() {
        VideoEventHandler failing = handler(false, true);

        VodException e = assertThrows(VodException.class,
                () -> failing.handle(Events.ingest(JOB1, "video/7/other.mp4", T1)));

        assertEquals("no video for job " + JOB1 + " (source key video/7/other.mp4); failing so that the event is"
                + " delivered again (failOnUnknownVideo)", e.getMessage());
        assertEquals(Outcome.UNKNOWN_VIDEO, heard.get(0).outcome());
    }

    @Test
    void handle_repositoryFailure_propagatesAndTheListenerHearsFailed() {
        IllegalStateException down = new IllegalStateException("database down");
        videos.failNext(Operation.FIND_BY_SOURCE_KEY, down);

        assertSame(down, assertThrows(IllegalStateException.class,
                () -> handler.handle(Events.ingest(JOB1, KEY, T1))));

        assertEquals(Outcome.FAILED, heard.get(0).outcome());
        assertEquals(Optional.of(down), heard.get(0).failure());
    }

    @Test
    void handle_concurrentChangeDuringApply_readsAgainAndDecidesOnTheNewState() {
        handler.handle(Events.ingest(JOB1, KEY, T1));
        VideoState completedMeanwhile = new VideoState(VIDEO, EncodingStatus.COMPLETE, Optional.of(JOB1),
                Optional.of(T1));
        videos.beforeApply(() -> {
            videos.store(completedMeanwhile);
            videos.beforeApply(() -> { });
        });

        HandleResult result = handler.handle(Events.complete(JOB1, KEY, T1));

        assertEquals(Outcome.DUPLICATE, result.outcome(), "the other delivery already completed the video");
        assertEquals(completedMeanwhile, videos.state(VIDEO));
    }

    @Test
    void handle_videoChangingOnEveryAttempt_givesUpWithATypedError() {
        videos.beforeApply(() -> videos.store(new VideoState(VIDEO, EncodingStatus.NEW, Optional.empty(),
                Optional.of(Instant.now()))));

        VodException e = assertThrows(VodException.class, () -> handler.handle(Events.ingest(JOB1, KEY, T1)));

        assertTrue(e.getMessage().contains("changed 5 times"), e.getMessage());
        assertEquals(5, videos.calls(Operation.APPLY));
    }

    @Test
    void handle_unknownEvent_isIgnored() {
        UnknownEvent unknown = new UnknownEvent(Optional.empty(), Optional.of("Archived"), "unknown status",
                Optional.empty(), "{}");

        assertEquals(Outcome.IGNORED, handler.handle(unknown).outcome());
        assertEquals(0, videos.calls(Operation.APPLY));
    }

    @Test
    void handle_listenerThatThrows_doesNotChangeTheResult() {
        VideoEventHandler noisy = new VideoEventHandler(videos, jobs, r -> {
            throw new IllegalStateException("metrics down");
        }, false, false);

        assertEquals(Outcome.APPLIED, noisy.handle(Events.ingest(JOB1, KEY, T1)).outcome());
    }

    @Test
    void handle_ingestWithoutSnsTimestamp_takesTheJobStartFromTheTable() {
        IngestEvent bare = new IngestEvent(JOB1, "Ingest", KEY, Optional.empty(), "{}");

        handler.handle(bare);

        assertEquals(Optional.of(T1), videos.state(VIDEO).jobStartedAt());
    }

    @Test
    void handle_ingestPublishedLate_ordersTheJobByItsTableStartTime() {
        handler.handle(Events.ingest(JOB1, KEY, T1.plusSeconds(40)));

        assertEquals(Optional.of(T1), videos.state(VIDEO).jobStartedAt(), "startTime of the item, not publish time");
    }

    @Test
    void handle_ingestWithoutATable_fallsBackToTheSnsTimestamp() {
        VideoEventHandler noTable = new VideoEventHandler(videos, JobLookup.NONE, heard::add, false, false);

        noTable.handle(Events.ingest(JOB1, KEY, T1.plusSeconds(40)));

        assertEquals(Optional.of(T1.plusSeconds(40)), videos.state(VIDEO).jobStartedAt());
    }

    @Test
    void handle_secondJobStartedInTheSameMillisecond_theGreaterGuidWinsInEitherOrder() {
        FakeJobs tied = new FakeJobs();
        tied.add(JOB1, KEY, T1);
        tied.add(JOB2, KEY, T1);
        VideoEventHandler h = new VideoEventHandler(videos, tied, heard::add, false, false);

        h.handle(Events.ingest(JOB2, KEY, T1));
        HandleResult lower = h.handle(Events.ingest(JOB1, KEY, T1));

        assertEquals(Outcome.STALE, lower.outcome());
        assertEquals(Optional.of(JOB2), videos.state(VIDEO).jobGuid());
    }

    @Test
    void handle_completeWithoutATable_saysTheMediaInfoIsMissingForWantOfATable() {
        VideoEventHandler noTable = new VideoEventHandler(videos, JobLookup.NONE, heard::add, false, false);

        HandleResult result = noTable.handle(Events.complete(JOB1, KEY, T1));

        assertEquals(Optional.of(MissingMediaInfo.NO_TABLE), result.missingMediaInfo());
        assertTrue(result.mediaInfoMissing());
    }

    @Test
    void handle_completeOfAJobWithoutItem_saysTheTableHasNoItem() {
        String unknownJob = "33333333-3333-4333-8333-333333333333";

        HandleResult result = handler.handle(Events.complete(unknownJob, KEY, T1));

        assertEquals(Outcome.APPLIED, result.outcome());
        assertEquals(Optional.of(MissingMediaInfo.NO_JOB_ITEM), result.missingMediaInfo());
    }

    @Test
    void handle_completeOfAJobWhoseItemHasNoMediaInfo_saysSo() {
        String bareJob = "44444444-4444-4444-8444-444444444444";
        jobs.addWithoutMedia(bareJob, KEY, T1);

        HandleResult result = handler.handle(Events.complete(bareJob, KEY, T1));

        assertEquals(Optional.of(MissingMediaInfo.NOT_IN_JOB_ITEM), result.missingMediaInfo());
    }

    @Test
    void handle_solutionSqsBodyWithoutATable_usesTheMediaInfoTheBodyCarries() {
        CompleteEvent fromQueue = (CompleteEvent) VodEventParser.create().parseTrustedSqsBody(
                Events.fixture("gen_A-video_sqs_message-body.json"));
        videos.createVideo("video-a", fromQueue.srcVideo().orElseThrow());
        VideoEventHandler noTable = new VideoEventHandler(videos, JobLookup.NONE, heard::add, true, false);

        HandleResult result = noTable.handle(fromQueue);

        assertEquals(Outcome.APPLIED, result.outcome());
        assertEquals(Optional.empty(), result.missingMediaInfo());
        VideoUpdate update = result.update().orElseThrow();
        assertEquals(Optional.of(Duration.ofMillis(21_021)), update.duration());
        assertEquals(OptionalInt.of(1920), update.width());
    }

    @Test
    void handle_solutionSqsBodyWithATable_needsNoLookUp() {
        CompleteEvent fromQueue = (CompleteEvent) VodEventParser.create().parseTrustedSqsBody(
                Events.fixture("gen_A-video_sqs_message-body.json"));
        videos.createVideo("video-a", fromQueue.srcVideo().orElseThrow());

        HandleResult result = handler.handle(fromQueue);

        assertEquals(Optional.of(Duration.ofMillis(21_021)), result.update().orElseThrow().duration());
        assertEquals(0, jobs.lookups);
    }
}
