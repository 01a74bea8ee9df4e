package io.github.vodclient.examples.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodClient;
import io.github.vodclient.VodException;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.examples.testing.Samples;
import io.github.vodclient.examples.testing.Samples.SqsRecord;
import io.github.vodclient.examples.testing.TestVideos;
import io.github.vodclient.testing.SnsTestMessages.Published;
import io.github.vodclient.testing.SnsTestMessages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SQS-triggered handler answers with the records to redeliver; envelopes are verified, raw bodies trusted. */
class SqsLambdaHandlerTest {
    private static final SnsTestMessages SNS = SnsTestMessages.create();
    private static final String INGEST = Samples.message("lambda-sns-ingest.json");
    private static final String COMPLETE = Samples.message("lambda-sns-complete.json");

    private final TestVideos db = new TestVideos();
    private VodClient vod;
    private SqsLambdaHandler handler;

    @BeforeEach
    void setUp() {
        db.videos().create("v1", "My video", TestVideos.SAMPLE_KEY);
        vod = VodClient.builder()
                .allowedTopicArn(SNS.topicArn())
                .certificateSource(SNS.certificateSource())
                .videoRepository(db.videos())
                .build();
        handler = new SqsLambdaHandler(vod);
    }

    @AfterEach
    void tearDown() {
        vod.close();
    }

    private String invoke(String event) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), output, null);
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void handleRequest_batchWithABadRecord_reportsOnlyThatRecord() throws Exception {
        String event = Samples.lambdaSqsEvent(
                new SqsRecord("m-ingest",
                        SNS.notification(new Published("Workflow Status:: Ingest:: x", INGEST)).httpBody()),
                new SqsRecord("m-truncated", "{\"Type\" : \"Notification\", \"Message\" : \"{\\\"guid\\\""),
                new SqsRecord("m-complete", COMPLETE));

        String response = invoke(event);

        assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-truncated\"}]}", response);
        assertEquals(EncodingStatus.COMPLETE, db.videos().find("v1").orElseThrow().status());
    }

    @Test
    void handleRequest_forgedEnvelope_isReportedAndNeverApplied() throws Exception {
        String forged = SNS.notification(new Published("Workflow Status:: Complete:: x", COMPLETE)).httpBody()
                .replace("d1a2b3c4d5e6f7.cloudfront.net", "evil.example");

        String response = invoke(Samples.lambdaSqsEvent(new SqsRecord("m-forged", forged)));

        assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-forged\"}]}", response);
        assertEquals(EncodingStatus.NEW, db.videos().find("v1").orElseThrow().status());
    }

    @Test
    void handleRequest_sampleBatch_reportsTheUnsignedEnvelopeAndTheTruncatedBody() throws Exception {
        String response = invoke(Samples.read("lambda-sqs-batch.json"));

        assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"059f36b4-87a3-44ab-83d2-661975830a70\"},"
                + "{\"itemIdentifier\":\"059f36b4-87a3-44ab-83d2-661975830a71\"}]}", response);
        assertEquals(Optional.of(TestVideos.SAMPLE_GUID), db.videos().find("v1").orElseThrow().jobGuid(),
                "the raw-delivery Ingest was applied");
    }

    @Test
    void handleRequest_allHandled_emptyFailureList() throws Exception {
        String response = invoke(Samples.lambdaSqsEvent(new SqsRecord("m-1", INGEST), new SqsRecord("m-2", COMPLETE)));

        assertEquals("{\"batchItemFailures\":[]}", response);
        assertEquals(EncodingStatus.COMPLETE, db.videos().find("v1").orElseThrow().status());
    }

    @Test
    void handleRequest_configuredFromTheEnvironment_appliesTheBatch() throws Exception {
        handler = new SqsLambdaHandler(Map.of("JDBC_URL", db.url(), "VOD_TOPIC_ARN", SNS.topicArn()));

        String response = invoke(Samples.lambdaSqsEvent(new SqsRecord("m-1", INGEST)));

        assertEquals("{\"batchItemFailures\":[]}", response);
        assertEquals(EncodingStatus.INGEST, db.videos().find("v1").orElseThrow().status());
    }

    @Test
    void handleRequest_failedRecordWithoutMessageId_throwsSoTheWholeBatchIsRetried() {
        String event = Samples.lambdaSqsEvent(new SqsRecord("m-1", INGEST), new SqsRecord(null, "{\"guid\""));

        VodException e = assertThrows(VodException.class, () -> invoke(event));

        assertTrue(e.getMessage().contains("no message id"), e.getMessage());
    }
}
