package io.github.vodclient.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Self-signed RSA test certificates made with the JDK's {@code keytool} (the JDK has no public certificate builder
 * API): one issued to {@code sns.amazonaws.com}, one to another name. Created once per test run, valid from a day
 * ago for three days, so that verifiers that read the real clock (the AWS SDK's) accept them.
 */
public final class TestCertificates {

    /** A key pair and its certificate. */
    public record Issued(PrivateKey privateKey, X509Certificate certificate, byte[] pem) {
    }

    private static TestCertificates shared;

    private final Issued sns;
    private final Issued other;
    private final Issued localhost;

    private TestCertificates(Issued sns, Issued other, Issued localhost) {
        this.sns = sns;
        this.other = other;
        this.localhost = localhost;
    }

    public static synchronized TestCertificates shared() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }

    public Issued sns() {
        return sns;
    }

    public Issued other() {
        return other;
    }

    /** A TLS server certificate for 127.0.0.1, for a local HTTPS server. */
    public Issued localhost() {
        return localhost;
    }

    private static TestCertificates create() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("vod-sns-certs");
            Path keystore = dir.resolve("test.p12");
            keytool(keystore, "sns", "sns.amazonaws.com", "dns:sns.amazonaws.com");
            keytool(keystore, "other", "sns.amazonaws.com.evil.example", "dns:sns.amazonaws.com.evil.example");
            keytool(keystore, "localhost", "localhost", "ip:127.0.0.1,dns:localhost");
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, PASSWORD);
            }
            return new TestCertificates(issued(store, "sns"), issued(store, "other"), issued(store, "localhost"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not create test certificates", e);
        } finally {
            delete(dir);
        }
    }

    private static final char[] PASSWORD = "changeit".toCharArray();

    private static void keytool(Path keystore, String alias, String name, String san)
            throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new ArrayList<>(List.of(keytool.toString(), "-genkeypair", "-noprompt",
                "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
                "-dname", "CN=" + name, "-ext", "SAN=" + san, "-startdate", "-1d", "-validity", "3",
                "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }

    private static Issued issued(KeyStore store, String alias) throws Exception {
        X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
        PrivateKey key = (PrivateKey) store.getKey(alias, PASSWORD);
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        return new Issued(key, certificate, pem.getBytes(StandardCharsets.US_ASCII));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
