package io.github.vodclient.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.VodParseException;
import io.github.vodclient.event.VodEventParser;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A value from a delivery reaches an exception message quoted, with control characters escaped, and short. */
class UntrustedValuesInMessagesTest {

    private static final String BODY = Fixtures.text("awsv2/test-notification-with-subject.json");
    private static final String FORGED_LINE = "\r\n2026-03-06 INFO payment accepted";

    private static void assertSafe(String message) {
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertTrue(message.length() < 400, "message of " + message.length() + " chars");
    }

    @Test
    void verify_messageIdWithLineBreaksAndThreeMebibytes_rejectionMessageQuotedEscapedAndShort() {
        SnsVerifier verifier = SnsVerifier.builder().certificateSource(Fixtures.realCertificates())
                .clock(Clock.fixed(Fixtures.sentPlusOneMinute(BODY), ZoneOffset.UTC)).build();
        String messageId = "id" + FORGED_LINE + "x".repeat(3 * 1024 * 1024);

        SnsVerificationException e = assertThrows(SnsVerificationException.class,
                () -> verifier.verify(Fixtures.with(BODY, "MessageId", messageId)));

        assertEquals(Reason.BAD_SIGNATURE, e.reason());
        assertSafe(e.getMessage());
        assertTrue(e.getMessage().contains("MessageId 'id\\r\\n2026-03-06 INFO"), e.getMessage());
        assertTrue(e.getMessage().contains("(" + messageId.length() + " chars)"), e.getMessage());
    }

    @Test
    void verify_signatureVersionWithLineBreak_rejectionMessageEscaped() {
        SnsVerifier verifier = SnsVerifier.builder().certificateSource(Fixtures.realCertificates()).build();

        SnsVerificationException e = assertThrows(SnsVerificationException.class,
                () -> verifier.verify(Fixtures.with(BODY, "SignatureVersion", "3" + FORGED_LINE)));

        assertEquals(Reason.UNSUPPORTED_VERSION, e.reason());
        assertSafe(e.getMessage());
        assertTrue(e.getMessage().endsWith("was '3\\r\\n2026-03-06 INFO payment accepted'"), e.getMessage());
    }

    @Test
    void parse_typeAndTimestampWithLineBreaks_errorsAndReasonsEscaped() {
        VodEventParser parser = VodEventParser.create();
        String badTime = Fixtures.with(BODY, "Timestamp", "yesterday" + FORGED_LINE);
        String badType = Fixtures.with(BODY, "Type", "Other" + FORGED_LINE + "y".repeat(100_000));

        VodParseException e = assertThrows(VodParseException.class, () -> parser.parse(badTime));
        String reason = ((io.github.vodclient.event.UnknownEvent) parser.parse(badType).values().get(0))
                .reason();

        assertSafe(e.getMessage());
        assertTrue(e.getMessage().endsWith("is not an ISO-8601 instant: 'yesterday\\r\\n2026-03-06 INFO payment"
                + " accepted'"), e.getMessage());
        assertSafe(reason);
    }
}
