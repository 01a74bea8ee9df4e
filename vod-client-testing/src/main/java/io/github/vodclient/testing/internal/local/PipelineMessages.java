package io.github.vodclient.testing.internal.local;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The messages the pipeline publishes on its topic (VOD-CONTRACT §1), byte for byte as its Lambdas build them
 * (subjects, key order, {@code JSON.stringify(..., null, 2)}), and the Lambda SNS event a subscribed function
 * receives around each one (§2).
 */
final class PipelineMessages {
    /** Keys the sns-notification step removes from the workflow state before publishing Complete. */
    private static final Set<String> NOT_IN_COMPLETE = Set.of("srcMediainfo", "jobTemplate_2160p",
            "jobTemplate_1080p", "jobTemplate_720p", "encodingJob", "encodingOutput");
    /** Keys it also removes when MediaPackage serves the outputs instead (egressEndpoints then stand for them). */
    private static final Set<String> NOT_WITH_MEDIA_PACKAGE = Set.of("hlsPlaylist", "hlsUrl", "dashPlaylist",
            "dashUrl", "mssPlaylist", "mssUrl", "cmafDashPlaylist", "cmafDashUrl", "cmafHlsPlaylist", "cmafHlsUrl",
            "mp4Outputs", "mp4Urls");

    /** One publish: what SNS Publish was called with. */
    record Published(String subject, String message) {
    }

    private PipelineMessages() {
    }

    static Published ingest(String guid, String srcVideo) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("status", "Ingest");
        message.put("guid", guid);
        message.put("srcVideo", srcVideo);
        return new Published("Workflow Status:: Ingest:: " + guid, JsJson.pretty(message));
    }

    /** The final state minus what is never published, with {@code guid} moved last. */
    static Published complete(Map<String, Object> state) {
        boolean mediaPackage = Boolean.TRUE.equals(state.get("enableMediaPackage"));
        Map<String, Object> message = new LinkedHashMap<>();
        state.forEach((key, value) -> {
            if (!NOT_IN_COMPLETE.contains(key) && !key.equals("guid")
                    && !(mediaPackage && NOT_WITH_MEDIA_PACKAGE.contains(key))) {
                message.put(key, value);
            }
        });
        String guid = (String) state.get("guid");
        message.put("guid", guid);
        return new Published("Workflow Status:: Complete:: " + guid, JsJson.pretty(message));
    }

    static Published error(String guid, String errorAt, String errorMessage, String errorDetails) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("guid", guid);
        message.put("workflowStatus", "Error");
        message.put("workflowErrorAt", errorAt);
        message.put("errorMessage", errorMessage);
        message.put("errorDetails", errorDetails);
        return new Published(" workflow Status:: Error: " + guid, JsJson.pretty(message));
    }

    /**
     * The Lambda SNS event for one publish. Lambda events are trusted by the handler (SNS invoked the function), so
     * the signature fields say plainly that nothing was signed.
     */
    static String lambdaEvent(Published published, String topicArn, Instant timestamp) {
        String subscription = topicArn + ":" + UUID.randomUUID();
        Map<String, Object> sns = new LinkedHashMap<>();
        sns.put("Type", "Notification");
        sns.put("MessageId", UUID.randomUUID().toString());
        sns.put("TopicArn", topicArn);
        sns.put("Subject", published.subject());
        sns.put("Message", published.message());
        sns.put("Timestamp", WorkflowClock.iso(timestamp));
        sns.put("SignatureVersion", "1");
        sns.put("Signature", "LOCAL-STACK-NOT-SIGNED");
        sns.put("SigningCertUrl", "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-local.pem");
        sns.put("UnsubscribeUrl", "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn="
                + subscription);
        sns.put("MessageAttributes", Map.of());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("EventSource", "aws:sns");
        record.put("EventVersion", "1.0");
        record.put("EventSubscriptionArn", subscription);
        record.put("Sns", sns);
        return JsJson.pretty(Map.of("Records", List.of(record)));
    }
}
