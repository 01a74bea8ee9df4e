package io.github.vodclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.video.HandleResult.Outcome;
import io.github.vodclient.video.HandleResult;
import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A record that fails never stops the others, and is reported for redelivery on its own. */
class BatchResultTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static String ingest(String guid, String key) {
        return "{\"status\":\"Ingest\",\"guid\":\"" + guid + "\",\"srcVideo\":\"" + key + "\"}";
    }

    /** A Lambda SQS event of raw-delivery bodies, with the message ids m0, m1, ... */
    private static String lambdaSqs(String... bodies) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        for (int i = 0; i < bodies.length; i++) {
            records.addObject().put("messageId", "m" + i).put("body", bodies[i]).put("eventSource", "aws:sqs");
        }
        return JSON.writeValueAsString(root);
    }

    @Test
    void handle_parseAndRepositoryFailures_areReportedPerRecordWhileTheOthersAreApplied() throws Exception {
        InMemoryVideoRepository videos = new InMemoryVideoRepository();
        videos.createVideo("a", "video/a/a.mp4");
        videos.createVideo("c", "video/c/c.mp4");
        List<HandleResult> heard = new ArrayList<>();
        try (VodClient vod = VodClient.builder().videoRepository(failingFor(videos, "video/b/b.mp4"))
                .listener(heard::add).build()) {
            BatchResult<HandleResult> result = vod.handle(lambdaSqs(ingest("g-a", "video/a/a.mp4"), "{not json",
                    ingest("g-b", "video/b/b.mp4"), ingest("g-c", "video/c/c.mp4")));

            assertEquals(List.of(Outcome.APPLIED, Outcome.APPLIED),
                    result.values().stream().map(HandleResult::outcome).toList());
            assertEquals(EncodingStatus.INGEST, videos.state("c").status());
            assertEquals(List.of("m1", "m2"), result.failedRecordIds());
            assertEquals(List.of(1, 2), result.failures().stream().map(BatchResult.Failure::index).toList());
            assertInstanceOf(VodParseException.class, result.failures().get(0).error());
            assertInstanceOf(IllegalStateException.class, result.failures().get(1).error());
            assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"m1\"},{\"itemIdentifier\":\"m2\"}]}",
                    result.lambdaBatchResponse());
            assertEquals(List.of(Outcome.APPLIED, Outcome.FAILED, Outcome.APPLIED),
                    heard.stream().map(HandleResult::outcome).toList(), "the listener hears every handled event");
        }
    }

    @Test
    void handle_unknownVideoWithFailOnUnknownVideo_failsOnlyThatRecordSayingWhy() throws Exception {
        InMemoryVideoRepository videos = new InMemoryVideoRepository();
        videos.createVideo("a", "video/a/a.mp4");
        List<HandleResult> heard = new ArrayList<>();
        try (VodClient vod = VodClient.builder().videoRepository(videos).failOnUnknownVideo(true)
                .listener(heard::add).build()) {
            BatchResult<HandleResult> result = vod.handle(lambdaSqs(ingest("g-a", "video/a/a.mp4"),
                    ingest("g-x", "video/x/x.mp4")));

            assertEquals(List.of("m1"), result.failedRecordIds());
            VodException e = assertInstanceOf(VodException.class, result.failures().get(0).error());
            assertTrue(e.getMessage().startsWith("no video for job g-x (source key video/x/x.mp4)"), e.getMessage());
            assertEquals(Outcome.UNKNOWN_VIDEO, heard.get(1).outcome(), "the listener hears the outcome");
        }
    }

    @Test
    void lambdaBatchResponse_allHandled_isAnEmptyList() {
        assertEquals("{\"batchItemFailures\":[]}", new BatchResult<>(List.of(), List.of()).lambdaBatchResponse());
    }

    @Test
    void lambdaBatchResponse_failedRecordWithoutId_failsTheWholeBatch() {
        BatchResult<String> result = new BatchResult<>(List.of(), List.of(
                new BatchResult.Failure(0, Optional.empty(), new IllegalStateException("down"))));

        VodException e = assertThrows(VodException.class, result::lambdaBatchResponse);

        assertEquals("record 0 failed and has no message id to report; fail the whole batch", e.getMessage());
    }

    @Test
    void lambdaBatchResponse_idWithQuotes_isEscaped() {
        BatchResult<String> result = new BatchResult<>(List.of(), List.of(
                new BatchResult.Failure(0, Optional.of("a\"b\\c"), new IllegalStateException("x"))));

        assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"a\\\"b\\\\c\"}]}", result.lambdaBatchResponse());
    }
}
