package io.github.vodclient.job;

import static io.github.vodclient.testing.PipelineTable.s;
import static io.github.vodclient.testing.TestItems.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodException;
import io.github.vodclient.testing.DynamoDbLocal;
import io.github.vodclient.testing.PipelineTable;
import io.github.vodclient.testing.TestItems;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Projection, batch look-ups, source-key queries and client ownership against DynamoDB Local. */
class VodJobsTableTest {
    private static final String BUCKET = "vod-stack-source71e471f1-1k2l3m4n5o6p";
    private static final String VIDEO = "uploads/My Video (1).mp4";
    private static final Instant FIRST_UPLOAD = Instant.parse("2025-09-01T12:00:01.512Z");
    private static final Instant RE_UPLOAD = Instant.parse("2025-09-01T12:07:30.004Z");

    private static DynamoDbLocal local;
    private static DynamoDbClient client;
    private static VodJobs jobs;
    private static Map<String, AttributeValue> finalA;
    private static final List<Object> responses = new ArrayList<>();

    @BeforeAll
    static void loadTable() {
        local = DynamoDbLocal.start();
        client = PipelineTable.clientBuilder(local)
                .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void afterUnmarshalling(Context.AfterUnmarshalling context, ExecutionAttributes attrs) {
                        synchronized (responses) {
                            responses.add(context.response());
                        }
                    }
                }))
                .build();
        PipelineTable.create(client);
        finalA = TestItems.fromAttributeValueJson(resource("gen_A-video_dynamodb-item_final_attributevalue.json"));
        PipelineTable.put(client, finalA, Map.of());
        // A re-upload of the same key: the pipeline starts a second workflow with a new guid.
        PipelineTable.put(client, finalA, Map.of("guid", s("re-upload"),
                "startTime", s("2025-09-01T12:07:30.004Z"), "endTime", s("2025-09-01T12:08:10.000Z")));
        PipelineTable.put(client, finalA, Map.of("guid", s("other-video"), "srcVideo", s("uploads/other.mp4"),
                "startTime", s("2025-09-01T12:03:00.000Z")));
        PipelineTable.put(client, finalA, Map.of("guid", s("next-day"), "startTime", s("2025-09-02T12:00:01.512Z")));
        PipelineTable.put(client, finalA, Map.of("guid", s("other-bucket"), "srcBucket", s("another-source"),
                "startTime", s("2025-09-01T12:05:00.000Z")));
        Map<String, AttributeValue> legacy = LegacyItems.v42Item("legacy-same-key");
        legacy.put("srcBucket", s(BUCKET));
        legacy.put("srcVideo", s(VIDEO));
        legacy.put("startTime", s("2025-09-01 12:05.2"));
        client.putItem(r -> r.tableName(PipelineTable.NAME).item(legacy));
        jobs = VodJobs.builder().tableName(PipelineTable.NAME).dynamoDbClient(client).build();
    }

    @AfterAll
    static void stop() throws Exception {
        jobs.close();
        client.close();
        local.close();
    }

    @Test
    void find_projection_readsAFractionOfTheThirtyKilobyteItem() {
        GetItemResponse full = client.getItem(GetItemRequest.builder().tableName(PipelineTable.NAME)
                .key(Map.of("guid", s(VodJobsFindTest.GUID_A))).build());
        synchronized (responses) {
            responses.clear();
        }

        jobs.find(VodJobsFindTest.GUID_A).orElseThrow();

        GetItemResponse projected;
        synchronized (responses) {
            projected = (GetItemResponse) responses.get(responses.size() - 1);
        }
        int fullSize = TestItems.size(full.item());
        int projectedSize = TestItems.size(projected.item());
        assertTrue(full.item().containsKey("encodingJob") && full.item().containsKey("encodingOutput"));
        assertFalse(projected.item().containsKey("encodingJob"));
        assertFalse(projected.item().containsKey("encodingOutput"));
        assertFalse(projected.item().containsKey("jobTemplate_2160p"));
        // Measured: about 16.8 KB for the whole item as compact JSON, about 2 KB projected.
        assertTrue(fullSize > 15_000, "full item " + fullSize + " bytes");
        assertTrue(projectedSize * 5 < fullSize, "projected item " + projectedSize + " of " + fullSize + " bytes");
        System.out.println("GetItem returned " + fullSize + " bytes without the projection, " + projectedSize
                + " with it");
    }

    @Test
    void findAll_250GuidsSomeMissing_returnsTheFoundInRequestOrder() {
        List<WriteRequest> writes = new ArrayList<>();
        List<String> guids = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String guid = String.format("batch-%03d", i);
            guids.add(guid);
            if (i % 5 == 4) {
                continue; // every fifth guid has no item
            }
            Map<String, AttributeValue> item = new HashMap<>(finalA);
            item.put("guid", s(guid));
            item.put("srcVideo", s("uploads/" + guid + ".mp4"));
            item.put("startTime", s("2025-08-01T00:00:00.000Z"));
            writes.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
        }
        for (int i = 0; i < writes.size(); i += 25) {
            List<WriteRequest> chunk = writes.subList(i, Math.min(i + 25, writes.size()));
            client.batchWriteItem(r -> r.requestItems(Map.of(PipelineTable.NAME, chunk)));
        }
        List<String> asked = new ArrayList<>(guids);
        asked.add("batch-000"); // duplicates are looked up once
        synchronized (responses) {
            responses.clear();
        }

        Map<String, VodJob> found = jobs.findAll(asked);

        List<String> expected = guids.stream().filter(g -> Integer.parseInt(g.substring(6)) % 5 != 4)
                .collect(Collectors.toList());
        assertEquals(expected, new ArrayList<>(found.keySet()));
        found.forEach((guid, job) -> {
            assertEquals(guid, job.guid());
            assertEquals(Optional.of(Duration.ofMillis(21_021)),
                    job.mediaInfo().orElseThrow().container().duration());
        });
        long batchRequests;
        synchronized (responses) {
            batchRequests = responses.stream().filter(r -> r instanceof BatchGetItemResponse).count();
        }
        assertEquals(3, batchRequests, "250 keys in chunks of 100");
    }

    @Test
    void findAll_noGuids_isEmptyWithoutRequest() {
        assertEquals(Map.of(), jobs.findAll(List.of()));
    }

    @Test
    void findAll_blankGuid_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> jobs.findAll(List.of("a", "")));
    }

    @Test
    void findBySourceKey_reUploadOfTheSameKey_returnsBothJobsOldestFirst() {
        List<VodJob> found = jobs.findBySourceKey(BUCKET, VIDEO, FIRST_UPLOAD.minus(Duration.ofMinutes(10)),
                RE_UPLOAD.plus(Duration.ofMinutes(10)));

        assertEquals(List.of(VodJobsFindTest.GUID_A, "legacy-same-key", "re-upload"),
                found.stream().map(VodJob::guid).collect(Collectors.toList()));
        assertEquals(Optional.of(RE_UPLOAD), found.get(2).startTime());
    }

    @Test
    void findBySourceKey_windowBounds_areInclusiveAndExact() {
        assertEquals(List.of(VodJobsFindTest.GUID_A), guids(jobs.findBySourceKey(BUCKET, VIDEO, FIRST_UPLOAD,
                FIRST_UPLOAD)));
        assertEquals(List.of("legacy-same-key", "re-upload"), guids(jobs.findBySourceKey(BUCKET, VIDEO,
                FIRST_UPLOAD.plusMillis(1), RE_UPLOAD)));
        // The v4 item started at 12:05:00.2: found by a window around it, though its time is stored in v4 format.
        assertEquals(List.of("legacy-same-key"), guids(jobs.findBySourceKey(BUCKET, VIDEO,
                Instant.parse("2025-09-01T12:05:00.100Z"), Instant.parse("2025-09-01T12:05:00.300Z"))));
        assertEquals(List.of(), jobs.findBySourceKey(BUCKET, "uploads/never.mp4", FIRST_UPLOAD, RE_UPLOAD));
    }

    @Test
    void findBySourceKey_toBeforeFrom_isRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> jobs.findBySourceKey(BUCKET, VIDEO, RE_UPLOAD, FIRST_UPLOAD));
    }

    @Test
    void build_withEndpoint_createsItsOwnClientLazilyAndClosesIt() {
        VodJobs own = VodJobs.builder().tableName(PipelineTable.NAME).endpointOverride(local.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(PipelineTable.FAKE_CREDENTIALS).consistentRead(true).build();

        assertEquals(VodJobsFindTest.GUID_A, own.find(VodJobsFindTest.GUID_A).orElseThrow().guid());
        own.close();
        own.close();

        assertEquals("this VodJobs is closed",
                assertThrows(IllegalStateException.class, () -> own.find(VodJobsFindTest.GUID_A)).getMessage());
    }

    @Test
    void close_callersClient_staysOpenButTheReaderRefusesLookUps() {
        VodJobs borrowed = VodJobs.builder().tableName(PipelineTable.NAME).dynamoDbClient(client).build();
        borrowed.close();

        assertTrue(client.getItem(r -> r.tableName(PipelineTable.NAME)
                .key(Map.of("guid", s(VodJobsFindTest.GUID_A)))).hasItem());
        assertThrows(IllegalStateException.class, () -> borrowed.find(VodJobsFindTest.GUID_A));
    }

    @Test
    void build_invalidSettings_failFastNamingTheField() {
        assertEquals("tableName is required",
                assertThrows(IllegalStateException.class, () -> VodJobs.builder().build()).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VodJobs.builder().tableName("ab"))
                .getMessage().startsWith("tableName must be"));
        assertTrue(assertThrows(IllegalStateException.class, () -> VodJobs.builder().tableName("vod-stack")
                .dynamoDbClient(client).region(software.amazon.awssdk.regions.Region.US_EAST_1).build())
                .getMessage().startsWith("dynamoDbClient cannot be combined"));
        assertThrows(IllegalArgumentException.class, () -> VodJobs.builder().maxBatchAttempts(0));
        assertEquals("region", assertThrows(NullPointerException.class, () -> VodJobs.builder().region(null))
                .getMessage());
    }

    private static List<String> guids(List<VodJob> found) {
        return found.stream().map(VodJob::guid).collect(Collectors.toList());
    }
}
