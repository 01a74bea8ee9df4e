package io.github.vodclient.internal.video;

import io.github.vodclient.testing.InMemoryVideoRepository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vodclient.VodException;
import io.github.vodclient.VodParseException;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.EventBatch;
import io.github.vodclient.event.ParsedRecord;
import io.github.vodclient.event.RecordFailure;
import io.github.vodclient.video.BatchResult;
import io.github.vodclient.video.HandleListener;
import io.github.vodclient.video.HandleResult.Outcome;
import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A record that fails never stops the others, and is reported for redelivery on its own. */
class BatchHandlingTest {
    private static final Instant T1 = Instant.parse("2025-09-01T12:00:01.512Z");

    /** Fails every call about one source key, like a row whose database shard is down. */
    private static VideoRepository failingFor(InMemoryVideoRepository videos, String badKey) {
        return new VideoRepository() {
            @Override
            public Optional<VideoState> findBySourceKey(String sourceKey) {
                if (sourceKey.equals(badKey)) {
                    throw new IllegalStateException("shard down");
                }
                return videos.findBySourceKey(sourceKey);
            }

            @Override
            public Optional<VideoState> findByJobGuid(String jobGuid) {
                return videos.findByJobGuid(jobGuid);
            }

            @Override
            public boolean apply(VideoUpdate update) {
                return videos.apply(update);
            }
        };
    }

    @Test
    void handleAll_parseAndRepositoryFailures_areReportedPerRecordWhileTheOthersAreApplied() {
        InMemoryVideoRepository videos = new InMemoryVideoRepository();
        videos.createVideo("a", "video/a/a.mp4");
        videos.createVideo("c", "video/c/c.mp4");
        VideoEventHandler handler = new VideoEventHandler(failingFor(videos, "video/b/b.mp4"), JobLookup.NONE,
                HandleListener.NONE, false, false);
        EventBatch batch = new EventBatch(List.of(
                new ParsedRecord(0, Optional.of("m0"), Events.ingest("g-a", "video/a/a.mp4", T1)),
                new ParsedRecord(2, Optional.of("m2"), Events.ingest("g-b", "video/b/b.mp4", T1)),
                new ParsedRecord(3, Optional.of("m3"), Events.ingest("g-c", "video/c/c.mp4", T1))),
                List.of(new RecordFailure(1, Optional.of("m1"), new VodParseException("Records[1].body is not valid JSON"))));

        BatchResult result = handler.handleAll(batch);

        assertEquals(List.of(Outcome.APPLIED, Outcome.APPLIED),
                result.handled().stream().map(r -> r.result().outcome()).toList());
        assertEquals(EncodingStatus.INGEST, videos.state("c").status());
        assertEquals(List.of("m1", "m2"), result.failedRecordIds());
        assertInstanceOf(IllegalStateException.class, result.failed().get(1).error());
        assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"m1\"},{\"itemIdentifier\":\"m2\"}]}",
                result.lambdaBatchResponse());
    }

    @Test
    void lambdaBatchResponse_allHandled_isAnEmptyList() {
        assertEquals("{\"batchItemFailures\":[]}", new BatchResult(List.of(), List.of()).lambdaBatchResponse());
    }

    @Test
    void lambdaBatchResponse_failedRecordWithoutId_failsTheWholeBatch() {
        BatchResult result = new BatchResult(List.of(), List.of(
                new BatchResult.FailedRecord(0, Optional.empty(), new IllegalStateException("down"))));

        VodException e = assertThrows(VodException.class, result::lambdaBatchResponse);

        assertEquals("record 0 failed and has no message id to report; fail the whole batch", e.getMessage());
    }

    @Test
    void lambdaBatchResponse_idWithQuotes_isEscaped() {
        BatchResult result = new BatchResult(List.of(), List.of(
                new BatchResult.FailedRecord(0, Optional.of("a\"b\\c"), new IllegalStateException("x"))));

        assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"a\\\"b\\\\c\"}]}", result.lambdaBatchResponse());
    }
}
