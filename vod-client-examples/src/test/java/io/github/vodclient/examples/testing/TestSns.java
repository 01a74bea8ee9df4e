package io.github.vodclient.examples.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vodclient.sns.CertificateSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs SNS envelopes as SNS does (SignatureVersion 2, SHA256withRSA over the string to sign), with a key and a
 * certificate issued to {@code sns.amazonaws.com} that {@code keytool} makes once per test run.
 */
public final class TestSns {
    public static final String TOPIC = "arn:aws:sns:us-east-1:111122223333:vod-stack-Notifications";
    static final String CERT_URL = "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123456789abcdef.pem";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestSns shared;

    private final PrivateKey key;
    private final byte[] pem;

    private TestSns(PrivateKey key, byte[] pem) {
        this.key = key;
        this.pem = pem;
    }

    public static synchronized TestSns shared() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }

    /** Serves the test certificate for the (validated) certificate URL, as SNS would. */
    public CertificateSource certificates() {
        return CertificateSource.ofPem(pem);
    }

    /** A signed Notification as an SNS HTTP POST body (and an SQS body) carries it. */
    public String notification(String message, String subject) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Type", "Notification");
        f.put("MessageId", UUID.randomUUID().toString());
        f.put("TopicArn", TOPIC);
        f.put("Subject", subject);
        f.put("Message", message);
        f.put("Timestamp", Instant.now().toString());
        f.put("UnsubscribeURL", "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=" + TOPIC
                + ":example");
        return signed(f, List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"));
    }

    /** A signed SubscriptionConfirmation with the given token and SubscribeURL. */
    public String subscriptionConfirmation(String token, URI subscribeUrl) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Type", "SubscriptionConfirmation");
        f.put("MessageId", UUID.randomUUID().toString());
        f.put("Token", token);
        f.put("TopicArn", TOPIC);
        f.put("Message", "You have chosen to subscribe to the topic " + TOPIC + ".");
        f.put("SubscribeURL", subscribeUrl.toString());
        f.put("Timestamp", Instant.now().toString());
        return signed(f, List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"));
    }

    private String signed(Map<String, String> fields, List<String> signedNames) {
        StringBuilder toSign = new StringBuilder();
        for (String name : signedNames) {
            toSign.append(name).append('\n').append(fields.get(name)).append('\n');
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(toSign.toString().getBytes(StandardCharsets.UTF_8));
            fields.put("SignatureVersion", "2");
            fields.put("Signature", Base64.getEncoder().encodeToString(signature.sign()));
            fields.put("SigningCertURL", CERT_URL);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fields);
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // The JDK has no public API to issue a certificate: keytool does it.
    private static TestSns create() {
        char[] password = "changeit".toCharArray();
        try {
            Path dir = Files.createTempDirectory("vod-examples-sns");
            Path store = dir.resolve("sns.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-noprompt", "-alias", "sns", "-keyalg", "RSA", "-keysize", "2048",
                    "-dname", "CN=sns.amazonaws.com", "-ext", "SAN=dns:sns.amazonaws.com",
                    "-startdate", "-1d", "-validity", "3", "-keystore", store.toString(), "-storetype", "PKCS12",
                    "-storepass", new String(password)).redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            Files.delete(store);
            Files.delete(dir);
            Certificate certificate = keys.getCertificate("sns");
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            return new TestSns((PrivateKey) keys.getKey("sns", password), pem.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the test certificate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
