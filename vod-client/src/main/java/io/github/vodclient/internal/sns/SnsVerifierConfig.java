package io.github.vodclient.internal.sns;

import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link io.github.vodclient.sns.SnsVerifier}'s settings as built: an immutable snapshot of its
 * {@link SnsVerifierBuilder}, the only configuration the verifier reads.
 *
 * @param allowedTopicArns the topics accepted; empty accepts every topic
 * @param maxMessageAge the oldest message accepted; empty for no limit
 * @param clock the verification instant
 * @param certificateSource where certificates come from
 * @param certificateCacheSize how many certificates are kept
 * @param certificateCacheTtl how long a certificate is reused
 */
public record SnsVerifierConfig(Set<String> allowedTopicArns, Optional<Duration> maxMessageAge, Clock clock,
        CertificateSource certificateSource, int certificateCacheSize, Duration certificateCacheTtl) {

    /** Checks that nothing is missing and copies the topics. */
    public SnsVerifierConfig {
        allowedTopicArns = Set.copyOf(allowedTopicArns);
        Objects.requireNonNull(maxMessageAge, "maxMessageAge");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(certificateSource, "certificateSource");
        Objects.requireNonNull(certificateCacheTtl, "certificateCacheTtl");
    }
}
