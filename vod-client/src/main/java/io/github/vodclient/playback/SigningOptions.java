package io.github.vodclient.playback;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one grant allows: how long, from when, from which addresses, and which resource. Every component is
 * optional: without any, a signed URL uses a canned policy valid for the configured default expiry.
 *
 * <pre>{@code
 * SigningOptions twoHours = SigningOptions.builder().expiresIn(Duration.ofHours(2)).build();
 * SigningOptions office = SigningOptions.builder().ipRange("203.0.113.0/24").build();   // custom policy
 * }</pre>
 *
 * <p>A not-before time, an IP range or a resource pattern makes a signed URL use a custom policy (CloudFront's
 * canned policy can express none of them). Immutable and thread-safe.
 *
 * @param expiresAt when the grant ends; exclusive with {@code expiresIn}
 * @param expiresIn how long the grant lasts from the moment of signing; exclusive with {@code expiresAt}
 * @param notBefore when the grant starts ({@code DateGreaterThan})
 * @param ipRange the viewers' addresses, an IPv4 or IPv6 CIDR ({@code IpAddress}/{@code AWS:SourceIp})
 * @param resource the policy's resource: an absolute URL on the distribution, where {@code *} matches any
 *     characters and {@code ?} one character, for example {@code https://media.example.com/<guid>/*}
 * @since 0.1.0
 */
public record SigningOptions(
        Optional<Instant> expiresAt,
        Optional<Duration> expiresIn,
        Optional<Instant> notBefore,
        Optional<String> ipRange,
        Optional<String> resource) {

    private static final SigningOptions DEFAULTS = new SigningOptions(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Validates the components: no nulls, not both expiry forms, a CIDR that parses, a resource without characters
     * a policy cannot hold.
     *
     * @param expiresAt when the grant ends
     * @param expiresIn how long it lasts
     * @param notBefore when it starts
     * @param ipRange the viewers' CIDR
     * @param resource the resource pattern
     * @throws io.github.vodclient.PlaybackSigningException when a value is unusable
     */
    public SigningOptions {
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(expiresIn, "expiresIn");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(ipRange, "ipRange");
        Objects.requireNonNull(resource, "resource");
        PolicyChecks.checkOptions(expiresAt, expiresIn, ipRange, resource);
    }

    /**
     * No options: a canned policy with the configured default expiry.
     *
     * @return the empty options
     */
    public static SigningOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder of options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether these options need a custom policy.
     *
     * @return true when a not-before time, an IP range or a resource is set
     */
    public boolean needsCustomPolicy() {
        return notBefore.isPresent() || ipRange.isPresent() || resource.isPresent();
    }

    /**
     * Builds {@link SigningOptions}. Setting one expiry form clears the other. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Instant expiresAt;
        private Duration expiresIn;
        private Instant notBefore;
        private String ipRange;
        private String resource;

        private Builder() {
        }

        /**
         * When the grant ends; clears {@link #expiresIn(Duration)}.
         *
         * @param expiresAt the instant
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
            this.expiresIn = null;
            return this;
        }

        /**
         * How long the grant lasts from the moment of signing; clears {@link #expiresAt(Instant)}.
         *
         * @param expiresIn a positive duration
         * @return this builder
         */
        public Builder expiresIn(Duration expiresIn) {
            this.expiresIn = Objects.requireNonNull(expiresIn, "expiresIn");
            this.expiresAt = null;
            return this;
        }

        /**
         * When the grant starts.
         *
         * @param notBefore the instant
         * @return this builder
         */
        public Builder notBefore(Instant notBefore) {
            this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
            return this;
        }

        /**
         * The viewers' addresses.
         *
         * @param cidr for example {@code 203.0.113.0/24} or {@code 2001:db8::/32}
         * @return this builder
         */
        public Builder ipRange(String cidr) {
            this.ipRange = Objects.requireNonNull(cidr, "ipRange");
            return this;
        }

        /**
         * The policy's resource pattern.
         *
         * @param resource for example {@code https://media.example.com/<guid>/*}
         * @return this builder
         */
        public Builder resource(String resource) {
            this.resource = Objects.requireNonNull(resource, "resource");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws io.github.vodclient.PlaybackSigningException when a value is unusable
         */
        public SigningOptions build() {
            return new SigningOptions(Optional.ofNullable(expiresAt), Optional.ofNullable(expiresIn),
                    Optional.ofNullable(notBefore), Optional.ofNullable(ipRange), Optional.ofNullable(resource));
        }
    }
}
