package io.github.vodclient.internal.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.SnsVerificationException.Reason;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicArnTest {

    @Test
    void parse_awsTopic_hostAndNamesOfItsRegion() {
        TopicArn topic = TopicArn.parse("arn:aws:sns:eu-west-1:123456789012:vod-stack-SnsTopic");

        assertEquals("sns.eu-west-1.amazonaws.com", topic.snsHost());
        assertEquals(List.of("sns.amazonaws.com", "sns-signing.eu-west-1.amazonaws.com"),
                topic.signingCertificateNames());
    }

    @Test
    void parse_chinaTopic_hostAndNameUnderAmazonawsComCn() {
        TopicArn topic = TopicArn.parse("arn:aws-cn:sns:cn-north-1:123456789012:vod");

        assertEquals("sns.cn-north-1.amazonaws.com.cn", topic.snsHost());
        assertEquals(List.of("sns-cn-north-1.amazonaws.com.cn"), topic.signingCertificateNames());
    }

    @Test
    void parse_govCloudTopic_hostOfItsRegionAndTheGovCloudName() {
        TopicArn topic = TopicArn.parse("arn:aws-us-gov:sns:us-gov-east-1:123456789012:vod.fifo");

        assertEquals("sns.us-gov-east-1.amazonaws.com", topic.snsHost());
        assertEquals(List.of("sns-us-gov-west-1.amazonaws.com"), topic.signingCertificateNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "arn:aws:sns:s3-external-1:123456789012:t",
        "arn:aws:sns:cn-north-1:123456789012:t",
        "arn:aws-cn:sns:us-east-1:123456789012:t",
        "arn:aws:sns:us-gov-west-1:123456789012:t",
        "arn:aws-us-gov:sns:us-east-1:123456789012:t",
        "arn:aws:sns:us-east-1.evil.com:123456789012:t",
        "arn:aws:sns:us-east-1:12345678901:t",
        "arn:aws:sqs:us-east-1:123456789012:t",
        "arn:aws-iso:sns:us-iso-east-1:123456789012:t",
        "arn:aws:sns:us-east-1:123456789012:",
        "arn:aws:sns:us-east-1:123456789012:t/x",
        " arn:aws:sns:us-east-1:123456789012:t"})
    void parse_notAnSnsTopicOfASupportedRegion_rejectedAsMalformed(String arn) {
        SnsVerificationException e = assertThrows(SnsVerificationException.class, () -> TopicArn.parse(arn));

        assertEquals(Reason.MALFORMED, e.reason());
    }

    @Test
    void certificateUrl_onChinaEndpoint_canonicalUrl() {
        TopicArn topic = TopicArn.parse("arn:aws-cn:sns:cn-northwest-1:123456789012:vod");

        assertEquals(URI.create("https://sns.cn-northwest-1.amazonaws.com.cn/SimpleNotificationService-abc.pem"),
                topic.certificateUrl("https://sns.cn-northwest-1.amazonaws.com.cn:443/"
                        + "SimpleNotificationService-abc.pem"));
    }

    @Test
    void certificateUrl_chinaTopicWithAmazonawsComHost_rejected() {
        TopicArn topic = TopicArn.parse("arn:aws-cn:sns:cn-north-1:123456789012:vod");

        SnsVerificationException e = assertThrows(SnsVerificationException.class, () -> topic.certificateUrl(
                "https://sns.cn-north-1.amazonaws.com/SimpleNotificationService-abc.pem"));

        assertEquals(Reason.UNTRUSTED_CERTIFICATE_URL, e.reason());
    }
}
