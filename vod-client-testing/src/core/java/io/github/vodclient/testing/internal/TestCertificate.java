package io.github.vodclient.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A self-signed RSA-2048 key pair and certificate made with the JDK's {@code keytool}: the JDK has no public API that
 * builds a certificate, and {@code keytool} ships with every JDK. Issuing one costs about half a second (a
 * {@code keytool} process), so each distinct request is issued once per JVM and then shared.
 *
 * @param privateKey the key that signs
 * @param certificate the self-signed certificate of its public key
 */
public record TestCertificate(PrivateKey privateKey, X509Certificate certificate) {
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final DateTimeFormatter KEYTOOL_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final Map<Request, TestCertificate> ISSUED = new ConcurrentHashMap<>();

    private record Request(String commonName, String subjectAlternativeNames, Instant notBefore, int days) {
    }

    /**
     * Validates that no component is null.
     *
     * @param privateKey the key
     * @param certificate the certificate
     */
    public TestCertificate {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
    }

    /**
     * Issues (or returns the one already issued for the same arguments) a certificate.
     *
     * @param commonName the subject's CN, e.g. {@code sns.amazonaws.com}
     * @param subjectAlternativeNames keytool's SAN syntax, e.g. {@code dns:sns.amazonaws.com} or
     *     {@code ip:127.0.0.1,dns:localhost}
     * @param notBefore the start of validity (whole seconds are used)
     * @param days how many days it stays valid, at least 1
     * @return the key pair's private key and its certificate
     */
    public static TestCertificate issue(String commonName, String subjectAlternativeNames, Instant notBefore,
            int days) {
        Objects.requireNonNull(commonName, "commonName");
        Objects.requireNonNull(subjectAlternativeNames, "subjectAlternativeNames");
        Objects.requireNonNull(notBefore, "notBefore");
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        Request request = new Request(commonName, subjectAlternativeNames,
                Instant.ofEpochSecond(notBefore.getEpochSecond()), days);
        return ISSUED.computeIfAbsent(request, TestCertificate::keytool);
    }

    /**
     * The certificate in PEM, as SNS serves it at a {@code SigningCertURL}.
     *
     * @return the PEM text as US-ASCII bytes
     */
    public byte[] pem() {
        try {
            return ("-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode the test certificate", e);
        }
    }

    private static TestCertificate keytool(Request request) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("vod-test-certificate");
            Path store = dir.resolve("test.p12");
            // -J-Duser.timezone: keytool reads -startdate in the default time zone; ours is UTC
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-J-Duser.timezone=UTC", "-genkeypair", "-noprompt", "-alias", "test", "-keyalg", "RSA",
                    "-keysize", "2048", "-sigalg", "SHA256withRSA", "-dname", "CN=" + request.commonName(),
                    "-ext", "SAN=" + request.subjectAlternativeNames(),
                    "-startdate", KEYTOOL_DATE.format(request.notBefore()), "-validity", String.valueOf(request.days()),
                    "-keystore", store.toString(), "-storetype", "PKCS12",
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool could not issue a test certificate: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, PASSWORD);
            }
            return new TestCertificate((PrivateKey) keys.getKey("test", PASSWORD),
                    (X509Certificate) keys.getCertificate("test"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not run keytool for a test certificate", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not read the test certificate keytool made", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keytool issued a test certificate", e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
