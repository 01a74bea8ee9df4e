package io.github.vodclient.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vodclient.BatchResult;
import io.github.vodclient.VodClient;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.testing.internal.local.DynamoDbLocalProcess;
import io.github.vodclient.video.HandleResult;
import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How many DynamoDB calls {@code VodClient.handle} makes for one Lambda SQS batch of ten Complete events (raw
 * message delivery, ten jobs of ten videos), counted by an SDK interceptor on the client it gives the library,
 * against DynamoDB Local in its own process.
 */
final class SqsBatchCalls {
    static final int BATCH = 10;

    private SqsBatchCalls() {
    }

    /** @return the DynamoDB operations of handling the batch once, in call order */
    static List<String> operations() {
        try (DynamoDbLocalProcess local = DynamoDbLocalProcess.start()) {
            DynamoDbCalls calls = new DynamoDbCalls();
            try (DynamoDbClient client = HandleBenchmark.client(local, calls)) {
                HandleBenchmark.createTable(client);
                List<String> guids = new ArrayList<>();
                for (int i = 0; i < BATCH; i++) {
                    String guid = guid(i);
                    guids.add(guid);
                    Map<String, AttributeValue> item = new HashMap<>(Items.finalItem());
                    item.put("guid", AttributeValue.fromS(guid));
                    item.put("srcVideo", AttributeValue.fromS(sourceKey(i)));
                    client.putItem(r -> r.tableName(HandleBenchmark.TABLE).item(item));
                }
                calls.reset();
                IngestedVideos videos = new IngestedVideos(guids);
                try (VodClient vod = VodClient.builder().tableName(HandleBenchmark.TABLE).dynamoDbClient(client)
                        .videoRepository(videos).build()) {
                    BatchResult<HandleResult> result = vod.handle(lambdaSqsEvent(guids));
                    long applied = result.values().stream()
                            .filter(h -> h.outcome() == HandleResult.Outcome.APPLIED).count();
                    if (result.hasFailures() || applied != BATCH) {
                        throw new IllegalStateException("the batch was not applied: " + result);
                    }
                }
                return calls.operations();
            }
        }
    }

    private static String guid(int i) {
        return Fixtures.GUID.substring(0, Fixtures.GUID.length() - 2) + String.format("%02d", i);
    }

    private static String sourceKey(int i) {
        return "uploads/video-" + i + ".mp4";
    }

    /** A Lambda SQS event whose bodies are the pipeline's Complete message (raw delivery), one per job. */
    private static String lambdaSqsEvent(List<String> guids) {
        String message = Fixtures.published().get("Message");
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Fixtures.JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("Records");
            for (int i = 0; i < guids.size(); i++) {
                g.writeStartObject();
                g.writeStringField("messageId", "0f1e2d3c-0000-4000-8000-0000000000" + String.format("%02d", i));
                g.writeStringField("receiptHandle", "handle-" + i);
                g.writeStringField("body", message.replace(Fixtures.GUID, guids.get(i))
                        .replace(Fixtures.SOURCE_KEY, sourceKey(i)));
                g.writeObjectFieldStart("attributes");
                g.writeStringField("ApproximateReceiveCount", "1");
                g.writeEndObject();
                g.writeObjectFieldStart("messageAttributes");
                g.writeEndObject();
                g.writeStringField("eventSource", "aws:sqs");
                g.writeStringField("eventSourceARN", "arn:aws:sqs:us-west-2:123456789012:vod-events");
                g.writeStringField("awsRegion", "us-west-2");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Ten videos, each waiting for its job's Complete (state Ingest of that job). Thread-safe. */
    private static final class IngestedVideos implements VideoRepository {
        private final Map<String, VideoState> byGuid = new ConcurrentHashMap<>();
        private final Map<String, String> guidBySourceKey = new ConcurrentHashMap<>();

        IngestedVideos(List<String> guids) {
            for (int i = 0; i < guids.size(); i++) {
                byGuid.put(guids.get(i), new VideoState("video-" + i, EncodingStatus.INGEST,
                        Optional.of(guids.get(i)), Optional.of(Instant.parse("2025-09-01T12:00:01.512Z"))));
                guidBySourceKey.put(sourceKey(i), guids.get(i));
            }
        }

        @Override
        public Optional<VideoState> findBySourceKey(String sourceKey) {
            return Optional.ofNullable(guidBySourceKey.get(sourceKey)).map(byGuid::get);
        }

        @Override
        public Optional<VideoState> findByJobGuid(String jobGuid) {
            return Optional.ofNullable(byGuid.get(jobGuid));
        }

        @Override
        public boolean apply(VideoUpdate update) {
            return update.expected().equals(byGuid.get(update.expected().jobGuid().orElseThrow()));
        }
    }
}
