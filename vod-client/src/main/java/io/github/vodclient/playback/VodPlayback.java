package io.github.vodclient.playback;

import io.github.vodclient.PlaybackSigningException;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.internal.playback.PlaybackBuilder;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.video.VideoUpdate;
import java.net.URI;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Private playback of the pipeline's outputs behind CloudFront: signed URLs, signed cookies and signed HLS playlists,
 * made with the key pair of a CloudFront key group (see {@code docs/playback.md}).
 *
 * <pre>{@code
 * VodPlayback playback = VodPlayback.builder()
 *         .keyPairId("K2JCJMDEHXQW5F")                      // the public key's id in the key group
 *         .privateKey(Path.of("/run/secrets/cloudfront.pem"))
 *         .maxExpiry(Duration.ofHours(6))
 *         .build();
 *
 * PlaybackUrls urls = job.playback();                        // a VodJob's, a CompleteEvent's or a VideoUpdate's
 * SignedUrl mp4 = playback.signUrl(urls.mp4().get(0));       // canned policy, default expiry
 * SignedPlaylist hls = playback.signPlaylist(urls.hls().orElseThrow().uri(), fetchedPlaylist,
 *         SigningOptions.defaults());
 * SignedCookies cookies = playback.cookies(job.playback(), SigningOptions.defaults());
 * cookies.setCookieHeaders().forEach(h -> response.addHeader("Set-Cookie", h));
 * }</pre>
 *
 * <p><b>Which to use.</b> Signed URLs for single files. For HLS and DASH either signed cookies, which only work when
 * the distribution is served on a subdomain of the application's site (never on {@code *.cloudfront.net}, whose
 * cookies the application cannot set), or signed playlists, which work everywhere including native HLS players
 * (Safari, Chromium) and {@code *.cloudfront.net} domains.
 *
 * <p><b>URLs.</b> The pipeline writes URLs with raw spaces and parentheses; CloudFront compares the policy with the
 * URL it receives, which is percent-encoded. A {@link MediaUrl} is signed in its {@link MediaUrl#uri()} form; a
 * {@link URI} is signed exactly as given. Nothing is signed when an input is bad: a
 * {@link io.github.vodclient.PlaybackSigningException} names it.
 *
 * <p>Immutable and thread-safe; holds no resources.
 *
 * @since 0.1.0
 */
public interface VodPlayback {

    /** The default lifetime of a grant when the options give none: one hour. */
    Duration DEFAULT_EXPIRY = Duration.ofHours(1);
    /** The default longest lifetime a grant may be given: one day. */
    Duration DEFAULT_MAX_EXPIRY = Duration.ofDays(1);
    /** The largest playlist {@code signPlaylist} reads, in characters (a three-hour VOD playlist is ~400 KB). */
    int MAX_PLAYLIST_CHARS = 4 * 1024 * 1024;
    /** The most lines a playlist {@code signPlaylist} reads may have. */
    int MAX_PLAYLIST_LINES = 200_000;

    /**
     * A builder of a playback signer.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new PlaybackBuilder();
    }

    /**
     * Signs one file's URL with a canned policy and the default expiry.
     *
     * @param url the URL as the pipeline wrote it
     * @return the signed URL
     */
    default SignedUrl signUrl(MediaUrl url) {
        return signUrl(url.uri(), SigningOptions.defaults());
    }

    /**
     * Signs one file's URL as the pipeline wrote it; see {@link #signUrl(URI, SigningOptions)}.
     *
     * @param url the URL as the pipeline wrote it
     * @param options expiry and conditions
     * @return the signed URL
     */
    default SignedUrl signUrl(MediaUrl url, SigningOptions options) {
        return signUrl(url.uri(), options);
    }

    /**
     * Signs a URL: a canned policy, unless the options give a not-before time, an IP range or a resource pattern.
     *
     * @param url the encoded URL CloudFront will receive, https, on the distribution
     * @param options expiry and conditions
     * @return the signed URL
     * @throws io.github.vodclient.PlaybackSigningException when the URL, the expiry or the resource is unusable
     */
    SignedUrl signUrl(URI url, SigningOptions options);

    /**
     * Signs cookies with a custom policy on a resource pattern.
     *
     * @param resource for example {@code https://media.example.com/<guid>/*}; its host must not be a
     *     {@code *.cloudfront.net} domain (a browser never sends the application's cookies there)
     * @param options expiry and conditions; its resource, if any, must equal {@code resource}
     * @return the cookies and their {@code Set-Cookie} header values
     * @throws io.github.vodclient.PlaybackSigningException when cookies cannot work for that domain, or an input is
     *     unusable
     */
    SignedCookies signCookies(String resource, SigningOptions options);

    /**
     * Signs cookies for a whole job: a custom policy on {@code https://<domain>/<guid>/*}, from the job's
     * playback URLs.
     *
     * @param urls the job's playback URLs (from a Complete event, a job record or a video update)
     * @param options expiry and conditions
     * @return the cookies
     * @throws io.github.vodclient.PlaybackSigningException when the job has no URLs on the distribution or cookies
     *     cannot work for its domain
     */
    SignedCookies cookies(PlaybackUrls urls, SigningOptions options);

    /**
     * Signs every playback URL of a job with one custom policy for its folder {@code https://<domain>/<guid>/*}.
     *
     * @param urls the job's playback URLs
     * @param options expiry and conditions
     * @return the signed URLs
     * @throws io.github.vodclient.PlaybackSigningException when the job has no URLs on the distribution
     */
    Grant grant(PlaybackUrls urls, SigningOptions options);

    /**
     * {@link #grant(PlaybackUrls, SigningOptions)} for a job record.
     *
     * @param job the job
     * @param options expiry and conditions
     * @return the signed URLs
     */
    default Grant grant(VodJob job, SigningOptions options) {
        return grant(job.playback(), options);
    }

    /**
     * {@link #grant(PlaybackUrls, SigningOptions)} for a video update the application stored.
     *
     * @param update the update
     * @param options expiry and conditions
     * @return the signed URLs
     */
    default Grant grant(VideoUpdate update, SigningOptions options) {
        return grant(update.playback(), options);
    }

    /**
     * Rewrites an HLS playlist (master or media) so that every URI is absolute and carries one custom-policy query
     * for the job's folder (or the options' resource). Every tag and line keeps its place. URIs on other hosts are
     * left as they are, so the signature never leaves the distribution.
     *
     * @param playlistUrl the encoded URL the playlist was fetched from ({@code MediaUrl.uri()}): the base of its
     *     relative URIs
     * @param playlist the playlist text
     * @param options expiry and conditions
     * @return the rewritten playlist
     * @throws io.github.vodclient.PlaybackSigningException when the text is not an HLS playlist, is larger than
     *     {@link #MAX_PLAYLIST_CHARS} characters or {@link #MAX_PLAYLIST_LINES} lines, or an input is unusable
     */
    default SignedPlaylist signPlaylist(URI playlistUrl, String playlist, SigningOptions options) {
        return signPlaylist(playlistUrl, playlist, options, null);
    }

    /**
     * Rewrites a master playlist whose media playlists the application serves itself: each media playlist URI
     * ({@code EXT-X-STREAM-INF} lines, {@code EXT-X-MEDIA} and {@code EXT-X-I-FRAME-STREAM-INF} {@code URI}
     * attributes) is replaced by what the mapper returns for its absolute, unsigned CloudFront URI, for example
     * {@code https://app.example.com/play/<guid>?media=<that URI>}; that endpoint fetches the media playlist and
     * signs it with {@link #signPlaylist(URI, String, SigningOptions)}. Without such an endpoint a player resolves
     * the media playlist's relative segment URIs without the query and CloudFront refuses them.
     *
     * @param playlistUrl the encoded URL the playlist was fetched from
     * @param playlist the playlist text
     * @param options expiry and conditions
     * @param variantMapper maps a media playlist's CloudFront URI to the URI written in the master; null to sign
     *     media playlist URIs like every other URI
     * @return the rewritten playlist
     */
    SignedPlaylist signPlaylist(URI playlistUrl, String playlist, SigningOptions options,
            UnaryOperator<URI> variantMapper);

    /**
     * Configures a {@link VodPlayback}. Every setter validates its argument, as every builder of the library does
     * (see {@link io.github.vodclient.VodClient.Builder}): {@link IllegalArgumentException} naming the setting for an
     * unusable value, {@link IllegalStateException} from {@link #build()} for a missing or contradictory one. The key
     * is read and checked when it is set; a key that cannot be read or used throws
     * {@link io.github.vodclient.PlaybackSigningException}. Not thread-safe; the signer it builds reads only the
     * settings as they were when {@link #build()} ran.
     *
     * @since 0.1.0
     */
    interface Builder {

        /**
         * The id of the CloudFront public key (in a key group trusted by the distribution) that matches the private
         * key; sent as {@code Key-Pair-Id}. Required.
         *
         * @param keyPairId for example {@code K2JCJMDEHXQW5F}
         * @return this builder
         */
        Builder keyPairId(String keyPairId);

        /**
         * Reads the private key from a PEM file (PKCS#8 {@code PRIVATE KEY} or PKCS#1 {@code RSA PRIVATE KEY}).
         *
         * @param pemFile the file
         * @return this builder
         * @throws io.github.vodclient.PlaybackSigningException when the file is missing, unreadable or not an RSA key
         */
        Builder privateKey(Path pemFile);

        /**
         * Reads the private key from PEM text (for example a secret from a secrets manager).
         *
         * @param pem the PEM text
         * @return this builder
         * @throws io.github.vodclient.PlaybackSigningException when it is not an RSA private key
         */
        Builder privateKeyPem(String pem);

        /**
         * Uses a private key the application already holds.
         *
         * @param privateKey an RSA private key
         * @return this builder
         * @throws io.github.vodclient.PlaybackSigningException when it is not an RSA key
         */
        Builder privateKey(PrivateKey privateKey);

        /**
         * How long a grant lasts when the options give no expiry. Default {@link VodPlayback#DEFAULT_EXPIRY}.
         *
         * @param expiry a positive duration, at most the maximum
         * @return this builder
         */
        Builder defaultExpiry(Duration expiry);

        /**
         * The longest a grant may last; a longer one is refused. Default {@link VodPlayback#DEFAULT_MAX_EXPIRY}.
         *
         * @param maxExpiry a positive duration
         * @return this builder
         */
        Builder maxExpiry(Duration maxExpiry);

        /**
         * The domain viewers use when it is not the one in the pipeline's URLs (an alternate domain name such as
         * {@code media.example.com} on the distribution whose {@code *.cloudfront.net} domain the pipeline writes):
         * URLs on a {@code *.cloudfront.net} host are signed for this domain instead; URLs on any other host are
         * refused as outside the distribution.
         *
         * @param domain a host name, optionally with a port
         * @return this builder
         */
        Builder distributionDomain(String domain);

        /**
         * The {@code Domain} attribute of signed cookies: the parent of the distribution's domain that the
         * application's site shares, for example {@code example.com} for {@code media.example.com} and
         * {@code www.example.com}. Default: the distribution's domain without its first label.
         *
         * @param domain a parent domain of the distribution's domain
         * @return this builder
         */
        Builder cookieDomain(String domain);

        /**
         * Accepts {@code http} URLs, for a local stack only (CloudFront itself is https). Default false.
         *
         * @param allow true to accept http
         * @return this builder
         */
        Builder allowHttp(boolean allow);

        /**
         * The clock expiries are computed and checked with; default the system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        Builder clock(Clock clock);

        /**
         * Builds the signer.
         *
         * @return a thread-safe signer
         * @throws IllegalStateException when the key pair id or the private key is missing, or the default expiry
         *     is longer than the maximum
         */
        VodPlayback build();
    }

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

        private static final Pattern IPV4_CIDR = Pattern.compile(
                "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
                        + "(/(3[0-2]|[12]?\\d))?");
        private static final Pattern IPV6_CIDR = Pattern.compile(
                "[0-9A-Fa-f:.]{2,45}(/(12[0-8]|1[01]\\d|[1-9]?\\d))?");
        private static final int MAX_RESOURCE_CHARS = 4096;
        private static final SigningOptions DEFAULTS = new SigningOptions(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        /**
         * Validates the components: no nulls, not both expiry forms, a CIDR that parses, a resource without characters
         * a policy cannot hold. The signer checks a resource it is given directly by building options from it, so
         * there is one rule for both.
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
            if (expiresAt.isPresent() && expiresIn.isPresent()) {
                throw new PlaybackSigningException("expiresAt", "give expiresAt or expiresIn, not both");
            }
            if (expiresIn.isPresent() && (expiresIn.get().isNegative() || expiresIn.get().isZero())) {
                throw new PlaybackSigningException("expiresIn", "must be positive, was " + expiresIn.get());
            }
            ipRange.ifPresent(SigningOptions::checkCidr);
            resource.ifPresent(SigningOptions::checkResource);
        }

        private static void checkCidr(String cidr) {
            boolean ok = cidr.indexOf(':') >= 0
                    ? IPV6_CIDR.matcher(cidr).matches() && cidr.indexOf("::") == cidr.lastIndexOf("::")
                    : IPV4_CIDR.matcher(cidr).matches();
            if (!ok) {
                throw new PlaybackSigningException("ipRange", "'" + cidr + "' is not an IPv4 or IPv6 CIDR such as"
                        + " 203.0.113.0/24");
            }
        }

        /**
         * A resource pattern must be an absolute http(s) URL in its encoded form: CloudFront compares it with the
         * percent-encoded URL it receives, and the policy is JSON, so quotes, backslashes, spaces, control and
         * non-ASCII characters cannot stand in it.
         */
        private static void checkResource(String resource) {
            if (resource.length() > MAX_RESOURCE_CHARS) {
                throw new PlaybackSigningException("resource", "longer than " + MAX_RESOURCE_CHARS + " characters");
            }
            if (!resource.startsWith("https://") && !resource.startsWith("http://")) {
                throw new PlaybackSigningException("resource", "must be an absolute URL such as"
                        + " https://media.example.com/<guid>/*, was '" + resource + "'");
            }
            for (int i = 0; i < resource.length(); i++) {
                char c = resource.charAt(i);
                if (c <= ' ' || c >= 0x7f || c == '"' || c == '\\') {
                    throw new PlaybackSigningException("resource", "character at index " + i + " must be"
                            + " percent-encoded (write the URL as CloudFront receives it, e.g. %20 for a space)");
                }
            }
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

    /**
     * A job's playback URLs, each signed with one custom policy for the job's folder
     * ({@code https://<domain>/<guid>/*}): one RSA signature for all of them. What
     * {@link VodPlayback#grant(PlaybackUrls, SigningOptions)} returns.
     *
     * <p>Single files (MP4 renditions, thumbnails) play from these URLs as they are. A playlist URL here opens the
     * playlist only: the player resolves its relative segment URIs without the query. For adaptive streams use signed
     * cookies ({@link VodPlayback#cookies(PlaybackUrls, SigningOptions)}) or serve a signed playlist
     * ({@link VodPlayback#signPlaylist(URI, String, SigningOptions)}).
     *
     * @param resource the policy's resource
     * @param expiresAt when CloudFront stops accepting the URLs
     * @param hls the signed HLS playlist URL
     * @param dash the signed DASH manifest URL
     * @param cmafHls the signed CMAF HLS playlist URL
     * @param cmafDash the signed CMAF DASH manifest URL
     * @param mp4 the signed MP4 renditions
     * @param thumbnails the signed thumbnails
     * @since 0.1.0
     */
    public record Grant(String resource, Instant expiresAt, Optional<URI> hls, Optional<URI> dash,
            Optional<URI> cmafHls, Optional<URI> cmafDash, List<URI> mp4, List<URI> thumbnails) {

        /**
         * Validates that no component is null and copies the lists.
         *
         * @param resource the policy's resource
         * @param expiresAt the expiry
         * @param hls the HLS URL
         * @param dash the DASH URL
         * @param cmafHls the CMAF HLS URL
         * @param cmafDash the CMAF DASH URL
         * @param mp4 the MP4 URLs
         * @param thumbnails the thumbnail URLs
         */
        public Grant {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(hls, "hls");
            Objects.requireNonNull(dash, "dash");
            Objects.requireNonNull(cmafHls, "cmafHls");
            Objects.requireNonNull(cmafDash, "cmafDash");
            mp4 = List.copyOf(Objects.requireNonNull(mp4, "mp4"));
            thumbnails = List.copyOf(Objects.requireNonNull(thumbnails, "thumbnails"));
        }

        /**
         * Describes the grant without its signed URLs.
         *
         * @return the resource, the expiry and what it holds
         */
        @Override
        public String toString() {
            return "Grant[resource=" + resource + ", expiresAt=" + expiresAt + ", hls=" + hls.isPresent()
                    + ", mp4=" + mp4.size() + ", thumbnails=" + thumbnails.size() + "]";
        }
    }

    /**
     * A CloudFront signed URL: the encoded URL CloudFront receives, with {@code Expires} (canned policy) or
     * {@code Policy} (custom policy), {@code Signature} and {@code Key-Pair-Id} appended.
     *
     * @param url the URL to hand to the viewer
     * @param expiresAt when CloudFront stops accepting it (whole seconds)
     * @param customPolicy whether it carries a custom policy
     * @since 0.1.0
     */
    public record SignedUrl(URI url, Instant expiresAt, boolean customPolicy) {

        /**
         * Validates that no component is null.
         *
         * @param url the URL
         * @param expiresAt the expiry
         * @param customPolicy whether the policy is custom
         */
        public SignedUrl {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        /**
         * Describes the URL without its signature, so that logging it grants nothing.
         *
         * @return the URL without its query, the policy kind and the expiry
         */
        @Override
        public String toString() {
            return "SignedUrl[" + url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath() + "?...,"
                    + (customPolicy ? " custom" : " canned") + " policy, expiresAt=" + expiresAt + "]";
        }
    }

    /**
     * CloudFront signed cookies for a custom policy: the three values, and the {@code Set-Cookie} header values that
     * set them.
     *
     * <p>Cookies only work when the browser sends them to the distribution: the distribution must be served on a
     * subdomain of the application's site (an alternate domain name such as {@code media.example.com} for an
     * application on {@code www.example.com}), and the cookies are set for the common parent ({@code Domain=example.com}).
     * A browser never sends cookies set by {@code www.example.com} to {@code d1234.cloudfront.net}: for such a
     * distribution use signed URLs or signed playlists.
     *
     * @param policy the {@code CloudFront-Policy} value
     * @param signature the {@code CloudFront-Signature} value
     * @param keyPairId the {@code CloudFront-Key-Pair-Id} value
     * @param resource the policy's resource, for example {@code https://media.example.com/<guid>/*}
     * @param expiresAt when CloudFront stops accepting them (whole seconds)
     * @param setCookieHeaders one {@code Set-Cookie} header value per cookie, with {@code Domain}, {@code Path},
     *     {@code Max-Age}, {@code Secure}, {@code HttpOnly} and {@code SameSite}
     * @since 0.1.0
     */
    public record SignedCookies(String policy, String signature, String keyPairId, String resource, Instant expiresAt,
            List<String> setCookieHeaders) {

        /**
         * Validates that no component is null and copies the headers.
         *
         * @param policy the policy value
         * @param signature the signature value
         * @param keyPairId the key pair id
         * @param resource the policy's resource
         * @param expiresAt the expiry
         * @param setCookieHeaders the header values
         */
        public SignedCookies {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(keyPairId, "keyPairId");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(expiresAt, "expiresAt");
            setCookieHeaders = List.copyOf(Objects.requireNonNull(setCookieHeaders, "setCookieHeaders"));
        }

        /**
         * The cookies by name: {@code CloudFront-Policy}, {@code CloudFront-Signature}, {@code CloudFront-Key-Pair-Id}.
         *
         * @return an unmodifiable map in that order
         */
        public Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("CloudFront-Policy", policy);
            values.put("CloudFront-Signature", signature);
            values.put("CloudFront-Key-Pair-Id", keyPairId);
            return java.util.Collections.unmodifiableMap(values);
        }

        /**
         * Describes the cookies without their values.
         *
         * @return the resource and the expiry
         */
        @Override
        public String toString() {
            return "SignedCookies[resource=" + resource + ", keyPairId=" + keyPairId + ", expiresAt=" + expiresAt + "]";
        }
    }

    /**
     * An HLS playlist rewritten for private playback without cookies: every URI absolute and carrying one custom-policy
     * query; every tag kept, in order.
     *
     * @param content the playlist text, to serve as {@code application/vnd.apple.mpegurl}
     * @param resource the policy's resource, for example {@code https://d1.cloudfront.net/<guid>/*}
     * @param expiresAt when CloudFront stops accepting its URIs; serve the playlist with a cache lifetime well below it
     * @param signedUris how many URIs on the distribution were rewritten: signed, or given to the variant mapper
     * @since 0.1.0
     */
    public record SignedPlaylist(String content, String resource, Instant expiresAt, int signedUris) {

        /**
         * Validates that no component is null.
         *
         * @param content the text
         * @param resource the policy's resource
         * @param expiresAt the expiry
         * @param signedUris how many URIs were signed
         */
        public SignedPlaylist {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        /**
         * Describes the playlist without its signed URIs.
         *
         * @return the resource, the expiry and the number of signed URIs
         */
        @Override
        public String toString() {
            return "SignedPlaylist[resource=" + resource + ", expiresAt=" + expiresAt + ", signedUris=" + signedUris + "]";
        }
    }
}
