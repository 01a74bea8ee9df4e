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
import java.util.Set;

/**
 * The builder behind {@link SnsVerifier#builder()}: mutable, not thread-safe, validates each setting as it is given.
 * {@link #build()} hands the settings to a {@link DefaultSnsVerifier}, which copies them.
 */
public final class SnsVerifierBuilder implements SnsVerifier.Builder {
    // read by DefaultSnsVerifier's constructor, which copies them
    final Set<String> allowedTopicArns = new LinkedHashSet<>();
    Duration maxMessageAge;
    Clock clock = Clock.systemUTC();
    CertificateSource certificateSource; // null: CertificateSource.https(), created when a verifier is built
    int certificateCacheSize = SnsVerifier.DEFAULT_CERTIFICATE_CACHE_SIZE;
    Duration certificateCacheTtl = SnsVerifier.DEFAULT_CERTIFICATE_CACHE_TTL;

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

    /**
     * A verifier of the settings as they stand, for a {@code VodClient} (which checks the Jackson version itself).
     *
     * @return a new verifier that does not follow later changes of this builder
     */
    public DefaultSnsVerifier verifier() {
        return new DefaultSnsVerifier(this);
    }

    @Override
    public SnsVerifier build() {
        JacksonFloor.check();
        return verifier();
    }
}
