package io.github.vodclient.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodClient;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.testing.InMemoryVideoRepository.Operation;
import io.github.vodclient.video.VideoState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Failure injection, history and arranging helpers of the reference repository, driven by the real client. */
class InMemoryVideoRepositoryTest {
    private static final SnsTestMessages SNS = SnsTestMessages.create();
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final String KEY = "uploads/42/clip.mp4";

    private final InMemoryVideoRepository videos = new InMemoryVideoRepository();

    private VodClient client() {
        return VodClient.builder().allowedTopicArn(SNS.topicArn()).certificateSource(SNS.certificateSource())
                .videoRepository(videos).build();
    }

    @Test
    void history_ingestThenComplete_newIngestCompleteInOrder() {
        videos.createVideo("42", KEY);
        try (VodClient vod = client()) {
            vod.handle(SNS.notification(SNS.ingest(GUID, KEY)).lambdaSnsEvent());
            vod.handle(SNS.notification(SNS.complete(GUID, KEY)).lambdaSnsEvent());
        }

        assertEquals(List.of(EncodingStatus.NEW, EncodingStatus.INGEST, EncodingStatus.COMPLETE),
                videos.history("42").stream().map(VideoState::status).toList());
        assertEquals(2, videos.updates().size());
        assertEquals(Optional.of(GUID), videos.state("42").jobGuid());
    }

    @Test
    void failNext_apply_theClientReportsItOnceThenTheRedeliverySucceeds() {
        videos.createVideo("42", KEY);
        IllegalStateException down = new IllegalStateException("database down");
        videos.failNext(Operation.APPLY, down);
        String delivery = SNS.notification(SNS.ingest(GUID, KEY)).httpBody();

        try (VodClient vod = client()) {
            assertSame(down, vod.handleHttpDelivery(delivery).failure().orElseThrow());
            assertEquals(Optional.empty(), vod.handleHttpDelivery(delivery).failure());
        }

        assertEquals(EncodingStatus.INGEST, videos.state("42").status());
        assertEquals(2, videos.calls(Operation.APPLY));
    }

    @Test
    void failNext_applyInALambdaEvent_failedRecordThenTheRedeliveryIsApplied() {
        videos.createVideo("42", KEY);
        videos.failNext(Operation.APPLY, new IllegalStateException("database down"));
        String event = SNS.notification(SNS.ingest(GUID, KEY)).lambdaSnsEvent();

        try (VodClient vod = VodClient.builder().videoRepository(videos).build()) {
            assertTrue(vod.handle(event).hasFailures());
            assertFalse(vod.handle(event).hasFailures());
        }

        assertEquals(List.of(EncodingStatus.NEW, EncodingStatus.INGEST),
                videos.history("42").stream().map(VideoState::status).toList());
        assertEquals(2, videos.calls(Operation.APPLY));
    }

    @Test
    void failNext_lookUp_failsOnlyThatOperation() {
        videos.createVideo("42", KEY);
        videos.failNext(Operation.FIND_BY_JOB_GUID, new IllegalStateException("timeout"));

        assertTrue(videos.findBySourceKey(KEY).isPresent());
        assertThrows(IllegalStateException.class, () -> videos.findByJobGuid(GUID));
        assertEquals(Optional.empty(), videos.findByJobGuid(GUID));
    }

    @Test
    void beforeApply_concurrentWriterStoresFirst_compareAndSetLosesAndTheClientDecidesAgain() {
        videos.createVideo("42", KEY);
        VideoState meanwhile = new VideoState("42", EncodingStatus.INGEST, Optional.of(GUID),
                Optional.of(Instant.parse("2025-09-01T12:00:02Z")));
        videos.beforeApply(() -> {
            if (videos.calls(Operation.APPLY) == 1) {
                videos.store(meanwhile);
            }
        });

        try (VodClient vod = client()) {
            vod.handle(SNS.notification(SNS.complete(GUID, KEY)).lambdaSnsEvent());
        }

        assertEquals(EncodingStatus.COMPLETE, videos.state("42").status());
        assertEquals(List.of(EncodingStatus.NEW, EncodingStatus.INGEST, EncodingStatus.COMPLETE),
                videos.history("42").stream().map(VideoState::status).toList());
        assertEquals(2, videos.calls(Operation.APPLY), "lost once, then applied to the re-read state");
    }

    @Test
    void createVideo_sourceKeyTaken_failsNamingIt() {
        videos.createVideo("42", KEY);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> videos.createVideo("43", KEY));

        assertTrue(e.getMessage().contains(KEY), e.getMessage());
    }

    @Test
    void store_unknownVideo_failsAndTheVideoStaysUnknown() {
        assertThrows(IllegalArgumentException.class, () -> videos.store(VideoState.newVideo("7")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> videos.history("7"));
        assertTrue(e.getMessage().contains("no video 7"), e.getMessage());
    }
}
