package io.github.vodclient.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/** A stack in metadata-file mode: the video alone starts nothing; its metadata file does, with custom keys. */
class LocalVodStackMetadataModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void metadataFile_afterVideo_startsWorkflowWithCustomKeysInItemAndComplete() throws Exception {
        BlockingQueue<String> deliveries = new LinkedBlockingQueue<>();
        try (LocalVodStack stack = LocalVodStack.builder().stackName("vod-meta").frameCapture(false)
                .workflowTrigger(WorkflowTrigger.METADATA_FILE).pollInterval(java.time.Duration.ofMillis(50)).start();
                S3Client s3 = S3Client.builder().endpointOverride(stack.s3Endpoint()).forcePathStyle(true)
                        .region(stack.region()).credentialsProvider(stack.credentialsProvider())
                        .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(stack.dynamoDbEndpoint())
                        .region(stack.region()).credentialsProvider(stack.credentialsProvider())
                        .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            stack.subscribe(deliveries::add);
            s3.putObject(r -> r.bucket(stack.sourceBucket()).key("uploads/clip.mp4"), RequestBody.fromBytes(sample()));
            s3.putObject(r -> r.bucket(stack.sourceBucket()).key("uploads/clip.json"), RequestBody.fromString(
                    "{\"srcVideo\": \"uploads/clip.mp4\", \"Title\": \"My clip\", \"ratingScore\": 4.5}"));

            JsonNode ingest = message(deliveries.poll(20, TimeUnit.SECONDS));
            assertEquals("uploads/clip.mp4", ingest.get("srcVideo").asText());
            JsonNode complete = message(deliveries.poll(20, TimeUnit.SECONDS));
            assertEquals("Complete", complete.get("workflowStatus").asText());
            assertEquals("Metadata", complete.get("workflowTrigger").asText());
            assertEquals("uploads/clip.json", complete.get("srcMetadataFile").asText());
            assertEquals("My clip", complete.get("title").asText());
            assertEquals(4.5, complete.get("ratingScore").asDouble());
            assertTrue(complete.get("thumbNailsUrls") == null, "no frame capture, no thumbnails");
            assertEquals(ingest.get("guid"), complete.get("guid"));

            Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(stack.tableName())
                    .key(Map.of("guid", AttributeValue.fromS(complete.get("guid").asText())))).item();
            assertEquals("Complete", item.get("workflowStatus").s());
            assertEquals("My clip", item.get("title").s());
            assertEquals("4.5", item.get("ratingScore").n());
            assertEquals(180, Integer.parseInt(item.get("srcHeight").n()));
            assertTrue(item.get("srcMediainfo").s().contains("\"width\": 320"));
            assertEquals("vod-meta_Ott_720p_Avc_Aac_16x9_qvbr_no_preset", item.get("jobTemplate").s());
        }
    }

    private static JsonNode message(String delivery) throws Exception {
        assertNotNull(delivery, "no event within 20 s");
        return JSON.readTree(JSON.readTree(delivery).get("Records").get(0).get("Sns").get("Message").asText());
    }

    private static byte[] sample() throws Exception {
        try (InputStream in = LocalVodStack.class.getResourceAsStream("sample.mp4")) {
            return in.readAllBytes();
        }
    }
}
