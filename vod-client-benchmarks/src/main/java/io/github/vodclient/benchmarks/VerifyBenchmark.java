package io.github.vodclient.benchmarks;

import io.github.vodclient.sns.SnsVerifier;
import io.github.vodclient.sns.SnsMessage;
import io.github.vodclient.testing.SnsTestMessages;
import io.github.vodclient.testing.SnsTestMessages.Published;
import io.github.vodclient.testing.internal.SnsEnvelopes;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.messagemanager.sns.SnsMessageManager;
import software.amazon.awssdk.regions.Region;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Verifying an SNS HTTP delivery of the Complete message with the certificate cached ({@link SnsVerifier#verify})
 * against a bare {@link Signature} verify of the same string to sign with the same public key (what any verifier
 * must pay), and against the AWS SDK's own verifier ({@code SnsMessageManager.parseMessage}, sns-message-manager,
 * the peer users would pick) on the same body and certificate. SignatureVersion 1 (SHA1withRSA, the SNS default)
 * and 2 (SHA256withRSA).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerifyBenchmark {
    @Param({"1", "2"})
    public String signatureVersion;

    private SnsVerifier verifier;
    private SnsMessageManager awsManager;
    private String body;
    private String algorithm;
    private PublicKey publicKey;
    private byte[] stringToSign;
    private byte[] signature;

    @Setup
    public void setUp() throws GeneralSecurityException {
        // The kit's signer, its clock fixed at the fixture's timestamp; its certificate valid from then for ten years:
        // the AWS SDK's verifier checks the validity against the system clock and has no clock to inject.
        SnsTestMessages sns = SnsTestMessages.builder().topicArn(Fixtures.TOPIC_ARN)
                .clock(Clock.fixed(Instant.parse(Fixtures.TIMESTAMP), ZoneOffset.UTC))
                .validity(Instant.parse("2025-08-31T00:00:00Z"), 3650).build();
        Map<String, String> published = Fixtures.published();
        Map<String, String> fields = sns.notification(new Published(published.get("Subject"),
                published.get("Message"))).with("MessageId", Fixtures.MESSAGE_ID)
                .signatureVersion(Integer.parseInt(signatureVersion)).fields();
        signature = Base64.getDecoder().decode(fields.get("Signature"));
        body = Fixtures.json(fields);
        stringToSign = SnsEnvelopes.stringToSign(fields);
        algorithm = signatureVersion.equals("2") ? "SHA256withRSA" : "SHA1withRSA";
        publicKey = sns.certificate().getPublicKey();
        Clock clock = Clock.fixed(Instant.parse(Fixtures.TIMESTAMP).plusSeconds(2), ZoneOffset.UTC);
        verifier = SnsVerifier.builder().allowedTopicArn(Fixtures.TOPIC_ARN).clock(clock)
                .certificateSource(sns.certificateSource()).build();
        // The certificate's URL is on the topic's regional SNS host, which the SDK's verifier requires.
        awsManager = SnsMessageManager.builder().region(Region.US_WEST_2)
                .httpClient(new ServedCertificate(sns.certificatePem())).build();
        // Fills the certificate caches, and proves that all three accept the same signature.
        verifier.verify(body);
        awsManager.parseMessage(body);
        if (!bareSignature()) {
            throw new IllegalStateException("the bare verify rejects the signature");
        }
    }

    @TearDown
    public void tearDown() {
        awsManager.close();
    }

    @Benchmark
    public SnsMessage verify_ours() {
        return verifier.verify(body);
    }

    @Benchmark
    public software.amazon.awssdk.messagemanager.sns.model.SnsMessage verify_awsSnsMessageManager() {
        return awsManager.parseMessage(body);
    }

    @Benchmark
    public boolean verify_bareSignature() throws GeneralSecurityException {
        return bareSignature();
    }

    private boolean bareSignature() throws GeneralSecurityException {
        Signature s = Signature.getInstance(algorithm);
        s.initVerify(publicKey);
        s.update(stringToSign);
        return s.verify(signature);
    }
}
