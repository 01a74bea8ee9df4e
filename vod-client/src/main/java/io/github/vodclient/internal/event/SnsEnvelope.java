package io.github.vodclient.internal.event;

/**
 * The fields of an SNS envelope exactly as received (HTTP body, SQS body, or a Lambda record's {@code Sns}). Null
 * means absent. Values are kept raw because signature verification needs them byte for byte. {@code duplicate}
 * names the first envelope field the JSON gave twice (null when none): reading keeps the last value, verification
 * refuses such an envelope, because another JSON reader (the application's own) might take the first value.
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
        String subscribeUrl,
        String duplicate) {
}
