package io.github.vodclient.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.vodclient.testing.SnsTestMessages;
import io.github.vodclient.testing.SnsTestMessages.Envelope;
import io.github.vodclient.testing.SnsTestMessages.Published;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.messagemanager.sns.SnsMessageManager;
import software.amazon.awssdk.regions.Region;

/**
 * Our verifier and the AWS SDK's {@code sns-message-manager} (the reference) agree on accept/reject over a corpus
 * of valid and forged messages of both signature versions and all three types, signed with a test certificate
 * issued to {@code sns.amazonaws.com} and served to both through stubs.
 *
 * <p>The corpus leaves out what only we check (TopicArn allow-list, the certificate URL's path and port, the
 * {@code SigningCertUrl} spelling, the TopicArn's region against the certificate host, repeated fields): the
 * reference has no such rules, so disagreement there is by design and is tested elsewhere.
 */
class SnsVerifierDifferentialTest {

    private static final String TOPIC = "arn:aws:sns:us-west-2:123456789012:vod-stack-topic";
    private static final SnsTestMessages SNS = SnsTestMessages.builder().topicArn(TOPIC).build();
    private static final SnsTestMessages OTHER = SnsTestMessages.builder().topicArn(TOPIC)
            .certificateName("sns.amazonaws.com.evil.example").build();
    private static final List<String> TYPES =
            List.of("Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation");
    private static final String PIPELINE_MESSAGE = "{\n  \"workflowStatus\": \"Complete\",\n  \"hlsUrl\": "
            + "\"https://d1.cloudfront.net/guid/hls/My Video (1).m3u8\",\n  \"title\": \"Caf\u00e9 \u2603\",\n"
            + "  \"guid\": \"2a5d8b3c-0000-4000-8000-000000000001\"\n}";

    /** One message and the certificate served for its URL. */
    record Case(String name, String body, byte[] pem, boolean authentic) {
        Case(String name, String body, byte[] pem) {
            this(name, body, pem, false);
        }
    }

    @Test
    void verify_corpusOfValidAndForgedMessages_agreesWithAwsSdkMessageManager() {
        List<Case> corpus = corpus();
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (Case c : corpus) {
            String ours = oursRejection(c);
            String reference = referenceRejection(c);
            if ((ours == null) != (reference == null)) {
                disagreements.add(c.name() + " (ours: " + (ours == null ? "accepted" : ours)
                        + "; sns-message-manager: " + (reference == null ? "accepted" : reference) + ")");
            }
            if ((ours == null) != c.authentic()) {
                disagreements.add(c.name() + " (expected " + (c.authentic() ? "accepted" : "rejected") + ", ours: "
                        + (ours == null ? "accepted" : ours) + ")");
            }
            accepted += ours == null ? 1 : 0;
        }
        if (!disagreements.isEmpty()) {
            fail("verifiers disagree on " + disagreements.size() + " of " + corpus.size() + ": " + disagreements);
        }
        assertEquals(corpus.stream().filter(Case::authentic).count(), accepted, "authentic messages accepted");
        assertTrue(accepted >= 24, "authentic messages in corpus: " + accepted);
        assertTrue(corpus.size() - accepted > 80, "forgeries in corpus: " + (corpus.size() - accepted));
    }

    private static List<Case> corpus() {
        byte[] snsPem = SNS.certificatePem();
        byte[] otherPem = OTHER.certificatePem();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String millis = now.minusSeconds(5).plusMillis(now.toEpochMilli() % 1000 == 0 ? 1 : 0).toString();
        // SNS always writes three fraction digits; Instant.toString() would drop ".000" (the bug VOD-CONTRACT §3
        // mentions), so this case shows both verifiers sign the raw text
        String wholeSecond = now.truncatedTo(ChronoUnit.SECONDS).minusSeconds(3).toString().replace("Z", ".000Z");
        List<Case> corpus = new ArrayList<>();
        for (String type : TYPES) {
            for (String version : List.of("1", "2")) {
                String subject = type.equals("Notification") ? "Workflow Status:: Complete:: 2a5d8b3c" : null;
                Envelope base = envelope(SNS, type, subject, millis).signatureVersion(Integer.parseInt(version));
                Map<String, String> valid = base.fields();
                String name = type + " v" + version + ": ";

                // valid
                corpus.add(new Case(name + "valid", Fixtures.json(valid), snsPem, true));
                corpus.add(new Case(name + "valid, whole-second timestamp",
                        Fixtures.json(base.with("Timestamp", wholeSecond).fields()), snsPem, true));
                corpus.add(new Case(name + "valid, plain-text message", Fixtures.json(
                        base.with("Message", "line one\nline \"two\"\t\\ \u00fc").fields()), snsPem, true));
                corpus.add(new Case(name + "valid, no subject", Fixtures.json(base.with("Subject", null).fields()),
                        snsPem, true));

                // each signed field changed after signing
                for (String field : List.of("Message", "MessageId", "Timestamp", "TopicArn", "Subject", "Token",
                        "SubscribeURL")) {
                    if (valid.get(field) != null) {
                        corpus.add(forged(name + field + " changed", valid, m -> with(m, field,
                                field.equals("Timestamp") ? now.minusSeconds(4).toString()
                                        : field.equals("TopicArn") ? TOPIC + "-evil"
                                        : valid.get(field) + "x"), snsPem));
                    }
                }
                corpus.add(forged(name + "Message emptied", valid, m -> with(m, "Message", ""), snsPem));
                if (type.equals("Notification")) {
                    corpus.add(forged(name + "Subject removed", valid, m -> with(m, "Subject", null), snsPem));
                } else {
                    // Subject is not signed in confirmations: adding one changes nothing that is verified
                    corpus.add(new Case(name + "unsigned Subject added", Fixtures.json(with(valid, "Subject", "x")),
                            snsPem, true));
                }
                String otherType = TYPES.get((TYPES.indexOf(type) + 1) % TYPES.size());
                corpus.add(forged(name + "Type changed", valid, m -> with(m, "Type", otherType), snsPem));

                // signature and version
                corpus.add(forged(name + "version flipped", valid, m -> with(m, "SignatureVersion",
                        version.equals("1") ? "2" : "1"), snsPem));
                corpus.add(forged(name + "version 3", valid, m -> with(m, "SignatureVersion", "3"), snsPem));
                corpus.add(forged(name + "signature of random bytes", valid, m -> with(m, "Signature",
                        Base64.getEncoder().encodeToString(new byte[256])), snsPem));
                corpus.add(forged(name + "signature truncated", valid, m -> with(m, "Signature",
                        valid.get("Signature").substring(0, 40)), snsPem));
                corpus.add(forged(name + "signature missing", valid, m -> with(m, "Signature", null), snsPem));

                // certificate URL
                for (String url : List.of(
                        "http://sns.us-west-2.amazonaws.com/SimpleNotificationService-0123.pem",
                        "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123.pem",
                        "https://sns.us-west-2.amazonaws.com.evil.com/SimpleNotificationService-0123.pem",
                        "https://evil.com/sns.us-west-2.amazonaws.com/SimpleNotificationService-0123.pem",
                        "https://sns.us-west-2.amazonaws.com@evil.com/SimpleNotificationService-0123.pem",
                        "https://sns.s3-external-1.amazonaws.com/SimpleNotificationService-0123.pem")) {
                    corpus.add(forged(name + "certificate URL " + url, valid, m -> with(m, "SigningCertURL", url),
                            snsPem));
                }
                corpus.add(forged(name + "certificate URL missing", valid, m -> with(m, "SigningCertURL", null),
                        snsPem));

                // certificates
                Map<String, String> otherKey = envelope(OTHER, type, subject, millis)
                        .signatureVersion(Integer.parseInt(version)).fields();
                corpus.add(new Case(name + "signed and served by a certificate of another name",
                        Fixtures.json(otherKey), otherPem));
                corpus.add(new Case(name + "signed by another key, SNS certificate served", Fixtures.json(otherKey),
                        snsPem));
                corpus.add(new Case(name + "valid signature, certificate of another name served",
                        Fixtures.json(valid), otherPem));
                corpus.add(new Case(name + "valid signature, something not a certificate served",
                        Fixtures.json(valid), "<html>not a certificate</html>".getBytes()));
            }
        }
        return corpus;
    }

    private static Envelope envelope(SnsTestMessages sns, String type, String subject, String timestamp) {
        Envelope envelope = switch (type) {
            case "Notification" -> sns.notification(new Published(subject, PIPELINE_MESSAGE));
            case "SubscriptionConfirmation" -> sns.subscriptionConfirmation().with("Message", PIPELINE_MESSAGE);
            default -> sns.unsubscribeConfirmation().with("Message", PIPELINE_MESSAGE);
        };
        return envelope.with("Timestamp", timestamp);
    }

    private static Case forged(String name, Map<String, String> valid, UnaryOperator<Map<String, String>> change,
            byte[] pem) {
        return new Case(name, Fixtures.json(change.apply(valid)), pem);
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return copy;
    }

    /** Null when accepted, else why not. */
    private static String oursRejection(Case c) {
        try {
            SnsVerifier.builder().certificateSource(url -> c.pem().clone()).build().verify(c.body());
            return null;
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    /** Null when accepted, else why not. */
    private static String referenceRejection(Case c) {
        try (SnsMessageManager manager = SnsMessageManager.builder()
                .region(Region.US_WEST_2)
                .httpClient(new ServingHttpClient(c.pem()))
                .build()) {
            manager.parseMessage(c.body());
            return null;
        } catch (RuntimeException e) {
            return e + (e.getCause() != null ? " / " + e.getCause() : "");
        }
    }

    /** An SDK HTTP client that answers every request with the same certificate, never touching the network. */
    private static final class ServingHttpClient implements SdkHttpClient {
        private final byte[] pem;

        ServingHttpClient(byte[] pem) {
            this.pem = pem;
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            URI uri = request.httpRequest().getUri();
            if (!uri.getHost().endsWith(".amazonaws.com")) {
                throw new IllegalStateException("reference verifier asked for " + uri);
            }
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    return HttpExecuteResponse.builder()
                            .response(SdkHttpResponse.builder().statusCode(200).build())
                            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(pem)))
                            .build();
                }

                @Override
                public void abort() {
                }
            };
        }

        @Override
        public void close() {
        }
    }
}
