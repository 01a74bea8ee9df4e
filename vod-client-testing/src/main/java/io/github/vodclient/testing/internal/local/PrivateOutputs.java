package io.github.vodclient.testing.internal.local;

import io.github.vodclient.playback.VodPlayback;
import io.github.vodclient.testing.PlaybackKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key pair of a local stack whose outputs are private: the output server then answers only requests carrying a
 * valid CloudFront signed URL or signed cookies for this key pair, as a distribution with a trusted key group does.
 * The application signs with {@link #keyPairId()} and {@link #privateKeyFile()}, for example through
 * {@link #playbackBuilder()}.
 */
public final class PrivateOutputs implements PlaybackKeys, AutoCloseable {
    private static final Pattern PKCS8 = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final String keyPairId;
    private final Path privateKeyFile;
    private final PublicKey publicKey;
    private final boolean generated;

    private PrivateOutputs(String keyPairId, Path privateKeyFile, PublicKey publicKey, boolean generated) {
        this.keyPairId = keyPairId;
        this.privateKeyFile = privateKeyFile;
        this.publicKey = publicKey;
        this.generated = generated;
    }

    /** Generates a 2048-bit RSA key pair and writes the private key (PKCS#8 PEM, owner-only) to a temporary file. */
    static PrivateOutputs generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path file = Files.createTempFile("vod-local-cloudfront-", ".pem");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPrivate().getEncoded());
            Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n",
                    StandardCharsets.US_ASCII);
            SecureRandom random = new SecureRandom();
            StringBuilder id = new StringBuilder("K");
            for (int i = 0; i < 13; i++) {
                id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            return new PrivateOutputs(id.toString(), file, pair.getPublic(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    /** Uses a key pair the caller has: its PKCS#8 PEM private key file and the id to accept. */
    static PrivateOutputs of(Path privateKeyPem, String keyPairId) {
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
        Objects.requireNonNull(keyPairId, "keyPairId");
        try {
            Matcher m = PKCS8.matcher(Files.readString(privateKeyPem, StandardCharsets.US_ASCII));
            if (!m.find()) {
                throw new IllegalArgumentException(privateKeyPem + " is not a PKCS#8 PEM private key (BEGIN PRIVATE"
                        + " KEY); convert it with openssl pkcs8 -topk8 -nocrypt");
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(m.group(1))));
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return new PrivateOutputs(keyPairId, privateKeyPem, publicKey, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException(privateKeyPem + " does not hold an RSA private key", e);
        }
    }

    /**
     * The id the output server accepts as {@code Key-Pair-Id}.
     *
     * @return the key pair id
     */
    @Override
    public String keyPairId() {
        return keyPairId;
    }

    /**
     * The private key, PKCS#8 PEM; deleted when the stack closes if the stack generated it.
     *
     * @return the file
     */
    @Override
    public Path privateKeyFile() {
        return privateKeyFile;
    }

    /** The public key signatures are verified with. */
    PublicKey publicKey() {
        return publicKey;
    }

    /**
     * A playback builder set up for this stack: key pair id, private key, and http accepted (the local output server
     * is not https).
     *
     * @return a new builder; add options and build
     */
    @Override
    public VodPlayback.Builder playbackBuilder() {
        return VodPlayback.builder().keyPairId(keyPairId).privateKey(privateKeyFile).allowHttp(true);
    }

    /** Deletes the private key file if the stack generated it. */
    @Override
    public void close() throws IOException {
        if (generated) {
            Files.deleteIfExists(privateKeyFile);
        }
    }
}
