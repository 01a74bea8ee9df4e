package io.github.vodclient.internal.playback;

import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.playback.VodPlayback;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Collects and validates a {@link VodPlayback}'s settings; {@link #build()} hands them to a signer that copies them.
 */
public final class PlaybackBuilder implements VodPlayback.Builder {
    /** CloudFront public key ids are upper-case letters and digits (e.g. K2JCJMDEHXQW5F; legacy APKA...). */
    private static final Pattern KEY_PAIR_ID = Pattern.compile("[A-Z0-9]{1,64}");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9.-]{1,253}(:\\d{1,5})?");

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
        this.privateKey = PrivateKeys.fromFile(Objects.requireNonNull(pemFile, "privateKey"));
        return this;
    }

    @Override
    public VodPlayback.Builder privateKeyPem(String pem) {
        this.privateKey = PrivateKeys.fromPem(Objects.requireNonNull(pem, "privateKeyPem"));
        return this;
    }

    @Override
    public VodPlayback.Builder privateKey(PrivateKey privateKey) {
        this.privateKey = PrivateKeys.checked(Objects.requireNonNull(privateKey, "privateKey"));
        return this;
    }

    @Override
    public VodPlayback.Builder defaultExpiry(Duration expiry) {
        this.defaultExpiry = positive(expiry, "defaultExpiry");
        return this;
    }

    @Override
    public VodPlayback.Builder maxExpiry(Duration maxExpiry) {
        this.maxExpiry = positive(maxExpiry, "maxExpiry");
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

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
        return d;
    }

    private static String domain(String domain, String name) {
        Objects.requireNonNull(domain, name);
        if (domain.contains("://") || !DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException(name + " " + Untrusted.quote(domain) + " is not a domain name such as"
                    + " media.example.com (no scheme, no path)");
        }
        return domain.toLowerCase(java.util.Locale.ROOT);
    }
}
