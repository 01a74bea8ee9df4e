package io.github.vodclient.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A self-signed RSA-2048 certificate for {@code sns.amazonaws.com}, made with the JDK's {@code keytool} (the JDK has
 * no public certificate API), and SNS-style signing with its key. For benchmarks only.
 */
final class SigningKey {
    private static final char[] PASSWORD = "changeit".toCharArray();

    final PrivateKey privateKey;
    final X509Certificate certificate;
    final byte[] pem;

    private SigningKey(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
        try {
            this.pem = ("-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates a key pair and a certificate valid from 2025-08-31, before the fixtures' timestamp (our verifier runs
     * with a clock fixed there), for ten years: the AWS SDK's verifier checks the validity against the system
     * clock and has no clock to inject.
     */
    static SigningKey create() {
        try {
            Path dir = Files.createTempDirectory("vod-bench-cert");
            Path store = dir.resolve("sns.p12");
            String keytoolPath = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process keytool = new ProcessBuilder(keytoolPath,
                    "-genkeypair", "-noprompt", "-alias", "sns", "-keyalg", "RSA", "-keysize", "2048",
                    "-sigalg", "SHA256withRSA", "-dname", "CN=sns.amazonaws.com", "-ext", "SAN=dns:sns.amazonaws.com",
                    "-startdate", "2025/08/31 00:00:00", "-validity", "3650", "-keystore", store.toString(),
                    "-storetype", "PKCS12",
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, PASSWORD);
            }
            Files.delete(store);
            Files.delete(dir);
            return new SigningKey((PrivateKey) keys.getKey("sns", PASSWORD),
                    (X509Certificate) keys.getCertificate("sns"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not create a test certificate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The SNS string to sign of a Notification (VOD-CONTRACT §3), written out independently of the library. */
    static byte[] stringToSign(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        for (String name : List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")) {
            String value = fields.get(name);
            if (value != null) {
                s.append(name).append('\n').append(value).append('\n');
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String algorithm(String signatureVersion) {
        return signatureVersion.equals("2") ? "SHA256withRSA" : "SHA1withRSA";
    }

    /** Signs the fields' string to sign. */
    byte[] sign(Map<String, String> fields, String signatureVersion) {
        try {
            Signature signature = Signature.getInstance(algorithm(signatureVersion));
            signature.initSign(privateKey);
            signature.update(stringToSign(fields));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
