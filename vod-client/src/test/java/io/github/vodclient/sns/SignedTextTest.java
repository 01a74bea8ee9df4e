package io.github.vodclient.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.testing.SnsTestMessages;
import io.github.vodclient.testing.SnsTestMessages.Published;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * A signed field must be verified as the exact text the caller reads: a {@code ?} swapped for an unpaired surrogate
 * encodes to the same UTF-8 bytes with {@code getBytes}, so it is refused instead of verified.
 */
class SignedTextTest {

    private static String resource(String name) {
        try (InputStream in = SignedTextTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void verify_realSignedSubscribeUrlWithQuestionMarkReplacedByLoneSurrogate_rejectedAsMalformed() {
        String body = Fixtures.text("awsv2/test-subscription-confirmation.json");
        SnsVerifier verifier = SnsVerifier.builder().certificateSource(Fixtures.realCertificates())
                .clock(Clock.fixed(Fixtures.sentPlusOneMinute(body), ZoneOffset.UTC)).build();
        verifier.verify(body);
        String altered = body.replace("amazonaws.com/?Action=", "amazonaws.com/\\ud800Action=");

        SnsVerificationException e = assertThrows(SnsVerificationException.class, () -> verifier.verify(altered));

        assertEquals(Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().contains("SubscribeURL is not well-formed Unicode"), e.getMessage());
    }

    @Test
    void verifyAndParse_signedErrorMessageWithQuestionMarkReplacedByLoneSurrogate_rejectedAsMalformed() {
        String message = resource("/io/github/vodclient/event/gen_error-handler_lambda-error_sns_message-body.json");
        assertTrue(message.contains("/home?region="), "the Error message's console URL has a '?'");
        Instant sent = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SnsTestMessages sns = SnsTestMessages.builder().clock(Clock.fixed(sent, ZoneOffset.UTC)).build();
        SnsVerifier verifier = SnsVerifier.builder().certificateSource(sns.certificateSource())
                .clock(Clock.fixed(sent.plusSeconds(1), ZoneOffset.UTC)).build();
        String body = sns.notification(new Published(" workflow Status:: Error: 6e1b9e46", message)).httpBody();
        verifier.verifyAndParse(body);
        String altered = body.replace("/home?region=", "/home\\ud800region=");

        SnsVerificationException e = assertThrows(SnsVerificationException.class,
                () -> verifier.verifyAndParse(altered));

        assertEquals(Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().contains("Message is not well-formed Unicode"), e.getMessage());
    }
}
