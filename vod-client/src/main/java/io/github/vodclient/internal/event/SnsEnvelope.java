package io.github.vodclient.internal.event;

/**
 * The fields of an SNS envelope exactly as received (HTTP body, SQS body, or a Lambda record's {@code Sns}). Null
 * means absent. Values are kept raw because signature verification needs them byte for byte.
 */
public record SnsEnvelope(
        String type,
        String messageId,
        String topicArn,
        String subject,
        String message,
        String timestamp,
        String signatureVersion,
        String signature,
        String signingCertUrl,
        String unsubscribeUrl,
        String token,
        String subscribeUrl) {
}
