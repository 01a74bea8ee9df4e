package io.github.vodclient.internal.playback;

import io.github.vodclient.PlaybackSigningException;
import io.github.vodclient.internal.CallDeadlines;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.playback.VodPlayback;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects and validates a {@link VodPlayback}'s settings; {@link #build()} hands them to a signer that copies them.
 *
 * <p>Reads the CloudFront signing key from PEM (PKCS#1 {@code RSA PRIVATE KEY} or PKCS#8 {@code PRIVATE KEY}) and
 * checks that it is an RSA key CloudFront can verify. Written by hand rather than with the SDK's
 * {@code CannedSignerRequest.privateKey(Path)}: that loader is internal to the SDK, accepts only files whose name
 * ends in {@code .pem} or {@code .der}, cannot read PEM text, and fails with a generic message that does not say
 * what to fix.
 */
public final class PlaybackBuilder implements VodPlayback.Builder {
    /** CloudFront public key ids are upper-case letters and digits (e.g. K2JCJMDEHXQW5F; legacy APKA...). */
    private static final Pattern KEY_PAIR_ID = Pattern.compile("[A-Z0-9]{1,64}");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9.-]{1,253}(:\\d{1,5})?");
    /** CloudFront accepts 2048-bit RSA public keys only (key groups). */
    private static final int MIN_BITS = 2048;
    private static final int MAX_PEM_CHARS = 64 * 1024;
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");
    /** DER of AlgorithmIdentifier { rsaEncryption, NULL }. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
        (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    // read by DefaultVodPlayback's constructor, which copies them: the signer's snapshot
    String keyPairId;
    PrivateKey privateKey;
    Duration defaultExpiry = VodPlayback.DEFAULT_EXPIRY;
    Duration maxExpiry = VodPlayback.DEFAULT_MAX_EXPIRY;
    String distributionDomain;
    String cookieDomain;
    boolean allowHttp;
    Clock clock = Clock.systemUTC();

    @Override
    public VodPlayback.Builder keyPairId(String keyPairId) {
        Objects.requireNonNull(keyPairId, "keyPairId");
        if (!KEY_PAIR_ID.matcher(keyPairId).matches()) {
            throw new IllegalArgumentException("keyPairId " + Untrusted.quote(keyPairId) + " is not a CloudFront"
                    + " public key id (upper-case letters and digits, e.g. K2JCJMDEHXQW5F)");
        }
        this.keyPairId = keyPairId;
        return this;
    }

    @Override
    public VodPlayback.Builder privateKey(Path pemFile) {
        this.privateKey = fromFile(Objects.requireNonNull(pemFile, "privateKey"));
        return this;
    }

    @Override
    public VodPlayback.Builder privateKeyPem(String pem) {
        this.privateKey = fromPem(Objects.requireNonNull(pem, "privateKeyPem"));
        return this;
    }

    @Override
    public VodPlayback.Builder privateKey(PrivateKey privateKey) {
        this.privateKey = checked(Objects.requireNonNull(privateKey, "privateKey"));
        return this;
    }

    @Override
    public VodPlayback.Builder defaultExpiry(Duration expiry) {
        this.defaultExpiry = CallDeadlines.positive(expiry, "defaultExpiry");
        return this;
    }

    @Override
    public VodPlayback.Builder maxExpiry(Duration maxExpiry) {
        this.maxExpiry = CallDeadlines.positive(maxExpiry, "maxExpiry");
        return this;
    }

    @Override
    public VodPlayback.Builder distributionDomain(String domain) {
        this.distributionDomain = domain(domain, "distributionDomain");
        return this;
    }

    @Override
    public VodPlayback.Builder cookieDomain(String domain) {
        String d = domain(domain, "cookieDomain");
        this.cookieDomain = d.startsWith(".") ? d.substring(1) : d;
        return this;
    }

    @Override
    public VodPlayback.Builder allowHttp(boolean allow) {
        this.allowHttp = allow;
        return this;
    }

    @Override
    public VodPlayback.Builder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    @Override
    public VodPlayback build() {
        if (keyPairId == null) {
            throw new IllegalStateException("keyPairId is not set; give the id of the CloudFront public key that"
                    + " matches the private key");
        }
        if (privateKey == null) {
            throw new IllegalStateException("privateKey is not set; give a PEM file, PEM text or a PrivateKey");
        }
        if (defaultExpiry.compareTo(maxExpiry) > 0) {
            throw new IllegalStateException("defaultExpiry " + defaultExpiry + " is longer than maxExpiry "
                    + maxExpiry);
        }
        return new DefaultVodPlayback(this);
    }

    private static String domain(String domain, String name) {
        Objects.requireNonNull(domain, name);
        if (domain.contains("://") || !DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException(name + " " + Untrusted.quote(domain) + " is not a domain name such as"
                    + " media.example.com (no scheme, no path)");
        }
        return domain.toLowerCase(Locale.ROOT);
    }

    /** Reads a PEM file. */
    private static PrivateKey fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new PlaybackSigningException("privateKey", "no such file: " + file);
        }
        try {
            if (Files.size(file) > MAX_PEM_CHARS) {
                throw new PlaybackSigningException("privateKey", file + " is larger than a PEM private key can be");
            }
            return fromPem(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new PlaybackSigningException("privateKey", "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads PEM text. */
    private static PrivateKey fromPem(String pem) {
        if (pem.length() > MAX_PEM_CHARS) {
            throw new PlaybackSigningException("privateKey", "the text is larger than a PEM private key can be");
        }
        Matcher m = BLOCK.matcher(pem);
        if (!m.find()) {
            throw new PlaybackSigningException("privateKey", "no PEM block found; expected '-----BEGIN PRIVATE KEY-----'"
                    + " (PKCS#8) or '-----BEGIN RSA PRIVATE KEY-----' (PKCS#1)");
        }
        String type = m.group(1);
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new PlaybackSigningException("privateKey", "the PEM body is not valid base64", e);
        }
        return switch (type) {
            case "PRIVATE KEY" -> checked(pkcs8(der));
            case "RSA PRIVATE KEY" -> checked(pkcs8(wrapPkcs1(der)));
            case "ENCRYPTED PRIVATE KEY" -> throw new PlaybackSigningException("privateKey", "the key is encrypted;"
                    + " decrypt it first (openssl pkcs8 -in key.pem -out plain.pem)");
            case "EC PRIVATE KEY" -> throw notRsa("EC");
            default -> throw new PlaybackSigningException("privateKey", "the PEM block is '" + type
                    + "', not a private key; expected PRIVATE KEY (PKCS#8) or RSA PRIVATE KEY (PKCS#1)");
        };
    }

    /** Checks a key given as an object. */
    private static PrivateKey checked(PrivateKey key) {
        if (!"RSA".equalsIgnoreCase(key.getAlgorithm())) {
            throw notRsa(key.getAlgorithm());
        }
        if (key instanceof RSAPrivateKey rsa && rsa.getModulus().bitLength() < MIN_BITS) {
            throw new PlaybackSigningException("privateKey", "the RSA key has " + rsa.getModulus().bitLength()
                    + " bits; CloudFront key groups take 2048-bit keys");
        }
        return key;
    }

    private static PrivateKey pkcs8(byte[] der) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            for (String other : new String[] {"EC", "Ed25519", "DSA"}) {
                try {
                    KeyFactory.getInstance(other).generatePrivate(new PKCS8EncodedKeySpec(der));
                    throw notRsa(other);
                } catch (GeneralSecurityException notThisOne) {
                    // try the next
                }
            }
            throw new PlaybackSigningException("privateKey", "the PEM does not hold a readable RSA private key", e);
        }
    }

    private static PlaybackSigningException notRsa(String algorithm) {
        return new PlaybackSigningException("privateKey", "the key is " + algorithm.toUpperCase(Locale.ROOT)
                + ", not RSA; CloudFront signs with RSA 2048-bit keys only (openssl genrsa -out key.pem 2048)");
    }

    /** PKCS#1 RSAPrivateKey to PKCS#8 PrivateKeyInfo { version 0, rsaEncryption, OCTET STRING pkcs1 }. */
    static byte[] wrapPkcs1(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(pkcs1.length + 32);
        body.writeBytes(new byte[] {0x02, 0x01, 0x00});
        body.writeBytes(RSA_ALGORITHM);
        body.write(0x04);
        writeLength(body, pkcs1.length);
        body.writeBytes(pkcs1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 8);
        out.write(0x30);
        writeLength(out, body.size());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else if (length <= 0xff) {
            out.write(0x81);
            out.write(length);
        } else { // at most 0xffff: the PEM text is at most MAX_PEM_CHARS base64 characters
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xff);
        }
    }
}
