package io.github.vodclient.internal.playback;

import io.github.vodclient.PlaybackSigningException;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.playback.VodPlayback;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudfront.CloudFrontUtilities;
import software.amazon.awssdk.services.cloudfront.cookie.CookiesForCustomPolicy;
import software.amazon.awssdk.services.cloudfront.model.CustomSignerRequest;

/**
 * The {@link VodPlayback} implementation. The policies, the RSA signatures and the URL-safe base64 are the SDK's
 * {@link CloudFrontUtilities}; this class decides which URL and which resource are signed, checks the inputs, and
 * adds what the SDK lacks: one query for many URIs (playlists, grants) and {@code Set-Cookie} attributes.
 *
 * <p>Every custom policy is signed once, as the SDK's signed cookies: their three values are also the
 * {@code Policy}, {@code Signature} and {@code Key-Pair-Id} of a signed URL's query (the SDK encodes both alike).
 * Immutable: it copies the builder's settings when it is built.
 */
final class DefaultVodPlayback implements VodPlayback {
    private static final CloudFrontUtilities CLOUDFRONT = CloudFrontUtilities.create();

    private final String keyPairId;
    private final PrivateKey privateKey;
    private final Duration defaultExpiry;
    private final Duration maxExpiry;
    private final Optional<String> cookieDomain;
    private final Clock clock;
    private final Targets targets;

    DefaultVodPlayback(PlaybackBuilder settings) {
        this.keyPairId = settings.keyPairId;
        this.privateKey = settings.privateKey;
        this.defaultExpiry = settings.defaultExpiry;
        this.maxExpiry = settings.maxExpiry;
        this.cookieDomain = Optional.ofNullable(settings.cookieDomain);
        this.clock = settings.clock;
        this.targets = new Targets(Optional.ofNullable(settings.distributionDomain), settings.allowHttp);
    }

    @Override
    public SignedUrl signUrl(URI url, SigningOptions options) {
        URI target = targets.target(Objects.requireNonNull(url, "url"), "url");
        Objects.requireNonNull(options, "options");
        Instant expiresAt = expiresAt(options, clock.instant());
        // CloudFront's canned policy can express none of a not-before time, an IP range or a resource pattern
        if (options.notBefore().isPresent() || options.ipRange().isPresent() || options.resource().isPresent()) {
            options.resource().ifPresent(resource -> Targets.checkResource(resource, target, true));
            String query = query(sign(options.resource().orElse(target.toString()), options, expiresAt));
            return new SignedUrl(withQuery(target, query), expiresAt, true);
        }
        try {
            return new SignedUrl(URI.create(CLOUDFRONT.getSignedUrlWithCannedPolicy(r -> r.resourceUrl(
                    target.toString()).privateKey(privateKey).keyPairId(keyPairId).expirationDate(expiresAt)).url()),
                    expiresAt, false);
        } catch (SdkClientException e) {
            throw signingFailed(e);
        }
    }

    @Override
    public SignedCookies signCookies(String resource, SigningOptions options) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(options, "options");
        Targets.checkResourceText(resource);
        if (options.resource().isPresent() && !options.resource().get().equals(resource)) {
            throw new PlaybackSigningException("resource", "the options name another resource than the cookies");
        }
        int slash = resource.indexOf('/', resource.indexOf("://") + 3);
        int originEnd = slash < 0 ? resource.length() : slash;
        URI origin;
        try {
            origin = targets.target(URI.create(resource.substring(0, originEnd) + "/"), "resource");
        } catch (IllegalArgumentException e) {
            throw new PlaybackSigningException("resource", "the host of '" + resource + "' is not a plain host name;"
                    + " wildcards are allowed in the path only", e);
        }
        String onDistribution = Targets.origin(origin) + resource.substring(originEnd);
        Targets.checkResource(onDistribution, origin, false);
        return cookiesFor(onDistribution, options);
    }

    @Override
    public SignedCookies cookies(PlaybackUrls urls, SigningOptions options) {
        return cookiesFor(Targets.folderResource(firstTarget(urls), options, "urls"), options);
    }

    private SignedCookies cookiesFor(String resource, SigningOptions options) {
        Optional<String> domain = Targets.cookieDomain(resource, cookieDomain);
        Instant now = clock.instant();
        Instant expiresAt = expiresAt(options, now);
        CookiesForCustomPolicy cookies = sign(resource, options, expiresAt);
        String attributes = domain.map(d -> "; Domain=" + d).orElse("") + "; Path=" + Targets.cookiePath(resource)
                + "; Max-Age=" + Math.max(0, expiresAt.getEpochSecond() - now.getEpochSecond())
                + "; Secure; HttpOnly; SameSite=Lax";
        return new SignedCookies(value(cookies.policyHeaderValue()), value(cookies.signatureHeaderValue()), keyPairId,
                resource, expiresAt, List.of(cookies.policyHeaderValue() + attributes,
                        cookies.signatureHeaderValue() + attributes, cookies.keyPairIdHeaderValue() + attributes));
    }

    @Override
    public Grant grant(PlaybackUrls urls, SigningOptions options) {
        URI first = firstTarget(urls);
        String resource = Targets.folderResource(first, options, "urls");
        Instant expiresAt = expiresAt(options, clock.instant());
        String query = query(sign(resource, options, expiresAt));
        Function<MediaUrl, URI> sign = u -> withQuery(targets.target(u.uri(), "urls"), query);
        return new Grant(resource, expiresAt, urls.hls().map(sign), urls.dash().map(sign), urls.cmafHls().map(sign),
                urls.cmafDash().map(sign), urls.mp4().stream().map(sign).toList(),
                urls.thumbnails().stream().map(sign).toList());
    }

    @Override
    public SignedPlaylist signPlaylist(URI playlistUrl, String playlist, SigningOptions options,
            UnaryOperator<URI> variantMapper) {
        URI base = targets.target(Objects.requireNonNull(playlistUrl, "playlistUrl"), "playlistUrl");
        Objects.requireNonNull(playlist, "playlist");
        Objects.requireNonNull(options, "options");
        PlaylistRewriter.check(playlist);
        String resource = Targets.folderResource(base, options, "playlistUrl");
        Instant expiresAt = expiresAt(options, clock.instant());
        PlaylistRewriter rewriter = new PlaylistRewriter(base, query(sign(resource, options, expiresAt)),
                variantMapper);
        String content = rewriter.rewrite(playlist);
        return new SignedPlaylist(content, resource, expiresAt, rewriter.signed());
    }

    /** A custom policy on {@code resource} with the options' conditions, signed. */
    private CookiesForCustomPolicy sign(String resource, SigningOptions options, Instant expiresAt) {
        CustomSignerRequest.Builder request = CustomSignerRequest.builder().resourceUrl(resource)
                .privateKey(privateKey).keyPairId(keyPairId).expirationDate(expiresAt);
        options.notBefore().ifPresent(request::activeDate);
        options.ipRange().ifPresent(request::ipRange);
        try {
            return CLOUDFRONT.getCookiesForCustomPolicy(request.build());
        } catch (SdkClientException e) {
            throw signingFailed(e);
        }
    }

    /** The {@code Policy=...&Signature=...&Key-Pair-Id=...} query of a signed policy, to append to many URLs. */
    private String query(CookiesForCustomPolicy signed) {
        return "Policy=" + value(signed.policyHeaderValue()) + "&Signature=" + value(signed.signatureHeaderValue())
                + "&Key-Pair-Id=" + keyPairId;
    }

    private static URI withQuery(URI target, String query) {
        return URI.create(target + (target.getRawQuery() == null ? "?" : "&") + query);
    }

    private static PlaybackSigningException signingFailed(SdkClientException e) {
        return new PlaybackSigningException("privateKey", "CloudFront signing failed: " + e.getMessage(), e);
    }

    /** The grant's end: given or default, in whole seconds, in the future and within the maximum. */
    private Instant expiresAt(SigningOptions options, Instant now) {
        Instant requested = options.expiresAt().isPresent() ? options.expiresAt().get()
                : now.plus(options.expiresIn().orElse(defaultExpiry));
        Instant expiresAt = Instant.ofEpochSecond(requested.getEpochSecond());
        if (!expiresAt.isAfter(now)) {
            throw new PlaybackSigningException("expiresAt", requested + " is not in the future");
        }
        if (expiresAt.isAfter(now.plus(maxExpiry))) {
            throw new PlaybackSigningException("expiresAt", requested + " is beyond the maximum expiry of "
                    + maxExpiry + " from now; shorten it or raise maxExpiry");
        }
        if (options.notBefore().isPresent() && !options.notBefore().get().isBefore(expiresAt)) {
            throw new PlaybackSigningException("notBefore", "must be before expiresAt " + expiresAt);
        }
        return expiresAt;
    }

    /** The first of the job's URLs, in the order HLS, DASH, CMAF HLS, CMAF DASH, MSS, MP4, thumbnails. */
    private URI firstTarget(PlaybackUrls urls) {
        Objects.requireNonNull(urls, "urls");
        for (Optional<MediaUrl> url : List.of(urls.hls(), urls.dash(), urls.cmafHls(), urls.cmafDash(), urls.mss(),
                urls.mp4().stream().findFirst(), urls.thumbnails().stream().findFirst())) {
            if (url.isPresent()) {
                return targets.target(url.get().uri(), "urls");
            }
        }
        throw new PlaybackSigningException("urls", "the job has no playback URLs on the distribution (not complete"
                + " yet, or MediaPackage endpoints only)");
    }

    /** A cookie header value's value: what follows {@code Name=}. */
    private static String value(String headerValue) {
        return headerValue.substring(headerValue.indexOf('=') + 1);
    }
}
