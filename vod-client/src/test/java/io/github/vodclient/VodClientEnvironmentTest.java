package io.github.vodclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code fromEnvironment} reports a bad value under the variable the user set, with the value quoted. */
class VodClientEnvironmentTest {

    private static String refused(Map<String, String> environment) {
        return assertThrows(IllegalArgumentException.class,
                () -> VodClient.builder().fromEnvironment(environment)).getMessage();
    }

    @Test
    void fromEnvironment_topicArnNotAnArn_namesTheVariableAndQuotesTheValue() {
        assertEquals("VOD_TOPIC_ARN is not a topic ARN (arn:partition:sns:region:account:name): 'vod-topic'",
                refused(Map.of("VOD_TOPIC_ARN", "vod-topic")));
    }

    @Test
    void fromEnvironment_queueArnAsTopic_namesTheVariable() {
        String message = refused(Map.of("VOD_TOPIC_ARN", "arn:aws:sqs:us-east-1:111122223333:vod-stack-queue"));

        assertTrue(message.startsWith("VOD_TOPIC_ARN is not a topic ARN"), message);
        assertFalse(message.contains("allowedTopicArn"), message);
    }

    @Test
    void fromEnvironment_longValueWithControlCharacters_escapedAndTruncated() {
        String message = refused(Map.of("VOD_TOPIC_ARN", "bad\r\nforged log line " + "x".repeat(5000)));

        assertTrue(message.startsWith("VOD_TOPIC_ARN is not a topic ARN (arn:partition:sns:region:account:name): "
                + "'bad\\r\\nforged log line xxx"), message);
        assertTrue(message.endsWith("...' (5021 chars)"), message);
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertTrue(message.length() < 200, () -> message.length() + " characters");
    }

    @Test
    void fromEnvironment_validValues_accepted() {
        VodClient.builder().fromEnvironment(Map.of("VOD_TOPIC_ARN",
                "arn:aws:sns:eu-west-1:111122223333:vod-stack-Notifications", "AWS_REGION", "eu-west-1"));
    }
}
