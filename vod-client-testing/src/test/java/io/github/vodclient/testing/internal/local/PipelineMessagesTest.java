package io.github.vodclient.testing.internal.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.VodEventParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The emulator's messages are byte for byte those of the solution's Lambdas (fixtures of v6.1.13). */
class PipelineMessagesTest {
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";

    @Test
    void ingest_scenarioA_equalsTheSolutionsPublish() throws Exception {
        PipelineMessages.Published ingest = PipelineMessages.ingest(GUID, "uploads/My Video (1).mp4");

        assertEquals(fixture("gen_A-video_sns_ingest.json"), publish(ingest));
    }

    @Test
    void complete_finalItemOfScenarioA_equalsTheSolutionsPublish() throws Exception {
        Map<?, ?> finalItem = (Map<?, ?>) JsJson.read(fixture("gen_A-video_dynamodb-item_final.json"));

        PipelineMessages.Published complete = PipelineMessages.complete(strings(finalItem));

        assertEquals(fixture("gen_A-video_sns_complete.json"), publish(complete));
    }

    @Test
    void complete_finalItemOfMetadataScenarioB_keepsCustomKeysAndNumbers() throws Exception {
        Map<?, ?> finalItem = (Map<?, ?>) JsJson.read(fixture("gen_B-metadata-mediapackage_dynamodb-item_final.json"));

        PipelineMessages.Published complete = PipelineMessages.complete(strings(finalItem));

        assertEquals(fixture("gen_B-metadata-mediapackage_sns_complete.json"), publish(complete));
    }

    @Test
    void error_lambdaFailure_equalsTheErrorHandlersPublish() throws Exception {
        PipelineMessages.Published error = PipelineMessages.error(GUID, "vod-stack-input-validate",
                "NotFound: UnknownError", "https://console.aws.amazon.com/cloudwatch/home?region=us-east-1"
                        + "#logStream:group=/aws/lambda/vod-stack-input-validate");

        assertEquals(fixture("gen_error-handler_lambda-error_sns.json"), publish(error));
    }

    @Test
    void lambdaEvent_complete_parsesAsACompleteEventWithItsSnsMessage() throws Exception {
        Map<?, ?> finalItem = (Map<?, ?>) JsJson.read(fixture("gen_A-video_dynamodb-item_final.json"));
        PipelineMessages.Published complete = PipelineMessages.complete(strings(finalItem));

        String event = PipelineMessages.lambdaEvent(complete, "arn:aws:sns:us-east-1:000000000000:vod-local-Notifications",
                Instant.parse("2026-01-02T03:04:05Z"));

        VodEvent parsed = VodEventParser.create().parseLambdaSnsEvent(event).values().get(0);
        assertTrue(parsed instanceof CompleteEvent, parsed.toString());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), parsed.sns().orElseThrow().timestamp());
    }

    /** What the fixtures hold: the arguments SNS Publish was called with, as 2-space JSON. */
    private static String publish(PipelineMessages.Published published) {
        Map<String, Object> call = new java.util.LinkedHashMap<>();
        call.put("Subject", published.subject());
        call.put("Message", published.message());
        return JsJson.pretty(call);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> strings(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static String fixture(String name) throws Exception {
        try (InputStream in = PipelineMessagesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
