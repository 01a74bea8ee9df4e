package io.github.vodclient.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vod verify} on a real AWS-signed notification, offline with its saved certificate. */
class VerifyCommandTest {

    private static final String MESSAGE = "test-notification-signature-v2.json";
    private static final String PEM = "SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem";
    private static final String AWS_DELIVERIES = "/io/github/vodclient/sns/sns-real/awsv2/";
    private static final String TOPIC = "arn:aws:sns:us-west-2:131990247566:dongie-standard-topic";
    private static final String SENT_PLUS_A_MINUTE = "2026-03-06T20:01:26Z";

    @TempDir
    Path dir;

    /** Exit code, stdout and stderr of one run. */
    record Run(int exit, String out, String err) {
    }

    private Path copy(String resource) throws IOException {
        Path target = dir.resolve(resource);
        if (Files.exists(target)) {
            return target;
        }
        // The library's one copy of AWS's signed deliveries, from its test-jar.
        try (InputStream in = VerifyCommandTest.class.getResourceAsStream(AWS_DELIVERIES + resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    private static Run run(String... args) {
        CliRun run = CliRun.of(args);
        return new Run(run.exitCode(), run.out(), run.err());
    }

    @Test
    void verify_realMessageWithSavedCertificateAtItsTime_printsVerifiedAndExits0() throws IOException {
        Run run = run("verify", "--signing-cert", copy(PEM).toString(), "--at", SENT_PLUS_A_MINUTE,
                "--topic-arn", TOPIC, copy(MESSAGE).toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("{\"verified\":true,\"type\":\"Notification\",\"topicArn\":\"" + TOPIC
                + "\",\"messageId\":\"9d2c5580-b61d-550c-8583-37a582870907\"}", run.out().strip());
    }

    @Test
    void verify_realMessageToday_printsExpiredCertificateAndExits1() throws IOException {
        Run run = run("verify", "--signing-cert", copy(PEM).toString(), copy(MESSAGE).toString());

        assertEquals(1, run.exit(), run.err());
        assertEquals("{\"verified\":false,\"reason\":\"EXPIRED_CERTIFICATE\"}", run.out().strip());
        assertTrue(run.err().startsWith("not verified: "), run.err());
    }

    @Test
    void verify_otherTopicAllowed_printsTopicNotAllowedAndExits1() throws IOException {
        Run run = run("verify", "--signing-cert", copy(PEM).toString(), "--at", SENT_PLUS_A_MINUTE,
                "--topic-arn", "arn:aws:sns:us-west-2:123456789012:vod-topic", copy(MESSAGE).toString());

        assertEquals(1, run.exit());
        assertEquals("{\"verified\":false,\"reason\":\"TOPIC_NOT_ALLOWED\"}", run.out().strip());
    }

    @Test
    void verify_topicArnNotAnArn_exit2EchoingTheValue() throws IOException {
        Run run = run("verify", "--topic-arn", "not-an-arn", copy(MESSAGE).toString());

        assertEquals(2, run.exit());
        assertEquals("error: --topic-arn 'not-an-arn' is not an SNS topic ARN (arn:aws:sns:REGION:ACCOUNT:NAME)",
                run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void verify_forgedCertificateUrlWithSavedCertificate_stillRejectsTheUrlAndExits1() throws IOException {
        Path forged = dir.resolve("forged.json");
        Files.writeString(forged, Files.readString(copy(MESSAGE)).replace("https://sns.us-west-2.amazonaws.com/",
                "https://sns.us-west-2.amazonaws.com.evil.com/"));

        Run run = run("verify", "--signing-cert", copy(PEM).toString(), "--at", SENT_PLUS_A_MINUTE,
                forged.toString());

        assertEquals(1, run.exit());
        assertEquals("{\"verified\":false,\"reason\":\"UNTRUSTED_CERTIFICATE_URL\"}", run.out().strip());
    }

    @Test
    void verify_inputNotJson_printsErrorLineAndExits2() throws IOException {
        Path garbage = dir.resolve("garbage.txt");
        Files.writeString(garbage, "not json");

        Run run = run("verify", "--signing-cert", copy(PEM).toString(), garbage.toString());

        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void verify_badInstant_printsErrorAndExits2() throws IOException {
        Run run = run("verify", "--at", "yesterday", copy(MESSAGE).toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("error: --at"), run.err());
    }

    @Test
    void verify_signingCertNotACertificate_printsErrorAndExits2() throws IOException {
        Run run = run("verify", "--signing-cert", copy(MESSAGE).toString(), copy(MESSAGE).toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("error: ") && run.err().contains("not a PEM X.509 certificate"), run.err());
    }
}
