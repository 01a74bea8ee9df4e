package io.github.vodclient.internal.sns;

import io.github.vodclient.internal.CallDeadlines;
import io.github.vodclient.internal.JacksonFloor;
import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import io.github.vodclient.sns.SnsVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The builder behind {@link SnsVerifier#builder()}: mutable, not thread-safe, validates each setting as it is given.
 * {@link #config()} takes the immutable {@link SnsVerifierConfig} a verifier is built from.
 */
public final class SnsVerifierBuilder implements SnsVerifier.Builder {
    private final Set<String> allowedTopicArns = new LinkedHashSet<>();
    private Duration maxMessageAge;
    private Clock clock = Clock.systemUTC();
    private CertificateSource certificateSource;
    private int certificateCacheSize = SnsVerifier.DEFAULT_CERTIFICATE_CACHE_SIZE;
    private Duration certificateCacheTtl = SnsVerifier.DEFAULT_CERTIFICATE_CACHE_TTL;

    @Override
    public SnsVerifierBuilder allowedTopicArn(String topicArn) {
        allowedTopicArns.add(TopicArn.requireValid(topicArn, "allowedTopicArn"));
        return this;
    }

    @Override
    public SnsVerifierBuilder allowedTopicArns(Collection<String> topicArns) {
        TopicArn.replaceAll(allowedTopicArns, topicArns, "allowedTopicArns");
        return this;
    }

    @Override
    public SnsVerifierBuilder maxMessageAge(Duration maxMessageAge) {
        this.maxMessageAge = CallDeadlines.positive(maxMessageAge, "maxMessageAge");
        return this;
    }

    @Override
    public SnsVerifierBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    @Override
    public SnsVerifierBuilder certificateSource(CertificateSource certificateSource) {
        this.certificateSource = Objects.requireNonNull(certificateSource, "certificateSource");
        return this;
    }

    @Override
    public SnsVerifierBuilder certificateCacheSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("certificateCacheSize must be at least 1, was " + size);
        }
        this.certificateCacheSize = size;
        return this;
    }

    @Override
    public SnsVerifierBuilder certificateCacheTtl(Duration ttl) {
        this.certificateCacheTtl = CallDeadlines.positive(ttl, "certificateCacheTtl");
        return this;
    }

    /** The topics allowed so far, in the order given. */
    public Set<String> allowedTopicArns() {
        return Set.copyOf(allowedTopicArns);
    }

    /**
     * The settings as they stand.
     *
     * @return the immutable snapshot
     */
    public SnsVerifierConfig config() {
        return new SnsVerifierConfig(allowedTopicArns, Optional.ofNullable(maxMessageAge), clock,
                certificateSource != null ? certificateSource : CertificateSource.https(), certificateCacheSize,
                certificateCacheTtl);
    }

    @Override
    public SnsVerifier build() {
        JacksonFloor.check();
        return new DefaultSnsVerifier(config());
    }
}
