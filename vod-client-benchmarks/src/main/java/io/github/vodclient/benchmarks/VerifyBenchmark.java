package io.github.vodclient.benchmarks;

import io.github.vodclient.sns.CertificateSource;
import io.github.vodclient.sns.SnsVerifier;
import io.github.vodclient.sns.VerifiedSnsMessage;
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
import software.amazon.awssdk.messagemanager.sns.model.SnsMessage;
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
        SigningKey key = SigningKey.create();
        Map<String, String> fields = Fixtures.httpEnvelopeFields();
        fields.put("SignatureVersion", signatureVersion);
        signature = key.sign(fields, signatureVersion);
        fields.put("Signature", Base64.getEncoder().encodeToString(signature));
        body = Fixtures.json(fields);
        stringToSign = SigningKey.stringToSign(fields);
        algorithm = SigningKey.algorithm(signatureVersion);
        publicKey = key.certificate.getPublicKey();
        Clock clock = Clock.fixed(Instant.parse(Fixtures.TIMESTAMP).plusSeconds(2), ZoneOffset.UTC);
        verifier = SnsVerifier.builder().allowedTopicArn(Fixtures.TOPIC_ARN).clock(clock)
                .certificateSource(CertificateSource.ofPem(key.pem)).build();
        // The certificate's URL is on the topic's regional SNS host, which the SDK's verifier requires.
        awsManager = SnsMessageManager.builder().region(Region.US_WEST_2)
                .httpClient(new ServedCertificate(key.pem)).build();
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
    public VerifiedSnsMessage verify_ours() {
        return verifier.verify(body);
    }

    @Benchmark
    public SnsMessage verify_awsSnsMessageManager() {
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
