package io.github.vodclient.internal.playback;

import io.github.vodclient.PlaybackSigningException;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.playback.VodPlayback.Grant;
import io.github.vodclient.playback.VodPlayback.SigningOptions;
import io.github.vodclient.playback.VodPlayback.SignedCookies;
import io.github.vodclient.playback.VodPlayback.SignedPlaylist;
import io.github.vodclient.playback.VodPlayback.SignedUrl;
import io.github.vodclient.playback.VodPlayback;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudfront.CloudFrontUtilities;
import software.amazon.awssdk.services.cloudfront.cookie.CookiesForCustomPolicy;
import software.amazon.awssdk.services.cloudfront.model.CustomSignerRequest;

/**
 * The {@link VodPlayback} implementation. The policies, the RSA signatures and the URL-safe base64 are the SDK's
 * {@link CloudFrontUtilities}; this class decides which URL and which resource are signed, checks the inputs, and
 * adds what the SDK lacks: one query for many URIs (playlists, grants) and {@code Set-Cookie} attributes.
 */
final class DefaultVodPlayback implements VodPlayback {
    private static final CloudFrontUtilities CLOUDFRONT = CloudFrontUtilities.create();

    private final PlaybackConfig config;
    private final Targets targets;

    DefaultVodPlayback(PlaybackConfig config) {
        this.config = config;
        this.targets = new Targets(config.distributionDomain(), config.allowHttp());
    }

    @Override
    public SignedUrl signUrl(URI url, SigningOptions options) {
        URI target = targets.target(Objects.requireNonNull(url, "url"), "url");
        Objects.requireNonNull(options, "options");
        Instant now = config.clock().instant();
        Instant expiresAt = expiresAt(options, now);
        try {
            if (!options.needsCustomPolicy()) {
                String signed = CLOUDFRONT.getSignedUrlWithCannedPolicy(r -> r.resourceUrl(target.toString())
                        .privateKey(config.privateKey()).keyPairId(config.keyPairId()).expirationDate(expiresAt))
                        .url();
                return new SignedUrl(URI.create(signed), expiresAt, false);
            }
            options.resource().ifPresent(resource -> Targets.checkResource(resource, target, true));
            String signed = CLOUDFRONT.getSignedUrlWithCustomPolicy(custom(target.toString(), options, expiresAt))
                    .url();
            return new SignedUrl(URI.create(signed), expiresAt, true);
        } catch (SdkClientException e) {
            throw new PlaybackSigningException("privateKey", "CloudFront signing failed: " + e.getMessage(), e);
        }
    }

    @Override
    public SignedCookies signCookies(String resource, SigningOptions options) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(options, "options");
        PolicyInputs.checkResourceText(resource);
        if (options.resource().isPresent() && !options.resource().get().equals(resource)) {
            throw new PlaybackSigningException("resource", "the options name another resource than the cookies");
        }
        URI origin;
        try {
            origin = targets.target(URI.create(resource.substring(0, resourceOriginEnd(resource)) + "/"), "resource");
        } catch (IllegalArgumentException e) {
            throw new PlaybackSigningException("resource", "the host of '" + resource + "' is not a plain host name;"
                    + " wildcards are allowed in the path only", e);
        }
        String onDistribution = Targets.origin(origin) + resource.substring(resourceOriginEnd(resource));
        Targets.checkResource(onDistribution, origin, false);
        return cookiesFor(onDistribution, options);
    }

    @Override
    public SignedCookies cookies(PlaybackUrls urls, SigningOptions options) {
        URI target = firstTarget(urls);
        String resource = options.resource().orElseGet(() -> Targets.jobFolder(target, "urls"));
        Targets.checkResource(resource, target, false);
        return cookiesFor(resource, options);
    }

    private SignedCookies cookiesFor(String resource, SigningOptions options) {
        Optional<String> domain = CookieHeaders.domainFor(resource, config.cookieDomain());
        Instant now = config.clock().instant();
        Instant expiresAt = expiresAt(options, now);
        CookiesForCustomPolicy cookies;
        try {
            cookies = CLOUDFRONT.getCookiesForCustomPolicy(custom(resource, options, expiresAt));
        } catch (SdkClientException e) {
            throw new PlaybackSigningException("privateKey", "CloudFront signing failed: " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("CloudFront-Policy", valueOf(cookies.policyHeaderValue()));
        values.put("CloudFront-Signature", valueOf(cookies.signatureHeaderValue()));
        values.put("CloudFront-Key-Pair-Id", valueOf(cookies.keyPairIdHeaderValue()));
        List<String> headers = CookieHeaders.setCookieHeaders(values, domain, CookieHeaders.pathFor(resource),
                Duration.ofSeconds(expiresAt.getEpochSecond() - now.getEpochSecond()));
        return new SignedCookies(values.get("CloudFront-Policy"), values.get("CloudFront-Signature"),
                values.get("CloudFront-Key-Pair-Id"), resource, expiresAt, headers);
    }

    @Override
    public Grant grant(PlaybackUrls urls, SigningOptions options) {
        URI first = firstTarget(urls);
        String resource = options.resource().orElseGet(() -> Targets.jobFolder(first, "urls"));
        Targets.checkResource(resource, first, false);
        Instant expiresAt = expiresAt(options, config.clock().instant());
        String query = sharedQuery(first, resource, options, expiresAt);
        UnaryOperator<URI> sign = u -> {
            URI target = targets.target(u, "urls");
            return URI.create(target + (target.getRawQuery() == null ? "?" : "&") + query);
        };
        return new Grant(resource, expiresAt, urls.hls().map(MediaUrl::uri).map(sign),
                urls.dash().map(MediaUrl::uri).map(sign), urls.cmafHls().map(MediaUrl::uri).map(sign),
                urls.cmafDash().map(MediaUrl::uri).map(sign),
                urls.mp4().stream().map(MediaUrl::uri).map(sign).toList(),
                urls.thumbnails().stream().map(MediaUrl::uri).map(sign).toList());
    }

    @Override
    public SignedPlaylist signPlaylist(URI playlistUrl, String playlist, SigningOptions options,
            UnaryOperator<URI> variantMapper) {
        URI base = targets.target(Objects.requireNonNull(playlistUrl, "playlistUrl"), "playlistUrl");
        Objects.requireNonNull(playlist, "playlist");
        Objects.requireNonNull(options, "options");
        PlaylistRewriter.check(playlist);
        String resource = options.resource().orElseGet(() -> Targets.jobFolder(base, "playlistUrl"));
        Targets.checkResource(resource, base, false);
        Instant expiresAt = expiresAt(options, config.clock().instant());
        String query = sharedQuery(base, resource, options, expiresAt);
        PlaylistRewriter.Result result = PlaylistRewriter.rewrite(base, playlist, query, variantMapper);
        return new SignedPlaylist(result.content(), resource, expiresAt, result.signedUris());
    }

    /**
     * The {@code Policy=...&Signature=...&Key-Pair-Id=...} query of a custom policy on {@code resource}, to append
     * to many URLs. The SDK signs one URL at a time; signing the distribution's root with the resource as the
     * pattern yields exactly that query, computed once.
     */
    private String sharedQuery(URI target, String resource, SigningOptions options, Instant expiresAt) {
        String root = Targets.origin(target) + "/";
        try {
            String signed = CLOUDFRONT.getSignedUrlWithCustomPolicy(custom(root, withResource(options, resource),
                    expiresAt)).url();
            return signed.substring(root.length() + 1);
        } catch (SdkClientException e) {
            throw new PlaybackSigningException("privateKey", "CloudFront signing failed: " + e.getMessage(), e);
        }
    }

    private CustomSignerRequest custom(String resourceUrl, SigningOptions options, Instant expiresAt) {
        CustomSignerRequest.Builder request = CustomSignerRequest.builder().resourceUrl(resourceUrl)
                .privateKey(config.privateKey()).keyPairId(config.keyPairId()).expirationDate(expiresAt);
        options.resource().ifPresent(request::resourceUrlPattern);
        options.notBefore().ifPresent(request::activeDate);
        options.ipRange().ifPresent(request::ipRange);
        return request.build();
    }

    private static SigningOptions withResource(SigningOptions options, String resource) {
        return new SigningOptions(options.expiresAt(), options.expiresIn(), options.notBefore(), options.ipRange(),
                Optional.of(resource));
    }

    /** The grant's end: given or default, in whole seconds, in the future and within the maximum. */
    private Instant expiresAt(SigningOptions options, Instant now) {
        Instant requested = options.expiresAt()
                .orElseGet(() -> now.plus(options.expiresIn().orElse(config.defaultExpiry())));
        Instant expiresAt = Instant.ofEpochSecond(requested.getEpochSecond());
        if (!expiresAt.isAfter(now)) {
            throw new PlaybackSigningException("expiresAt", requested + " is not in the future");
        }
        if (expiresAt.isAfter(now.plus(config.maxExpiry()))) {
            throw new PlaybackSigningException("expiresAt", requested + " is beyond the maximum expiry of "
                    + config.maxExpiry() + " from now; shorten it or raise maxExpiry");
        }
        if (options.notBefore().isPresent() && !options.notBefore().get().isBefore(expiresAt)) {
            throw new PlaybackSigningException("notBefore", "must be before expiresAt " + expiresAt);
        }
        return expiresAt;
    }

    private URI firstTarget(PlaybackUrls urls) {
        Objects.requireNonNull(urls, "urls");
        return Stream.of(urls.hls().stream(), urls.dash().stream(), urls.cmafHls().stream(),
                        urls.cmafDash().stream(), urls.mss().stream(), urls.mp4().stream(), urls.thumbnails().stream())
                .flatMap(s -> s)
                .findFirst()
                .map(u -> targets.target(u.uri(), "urls"))
                .orElseThrow(() -> new PlaybackSigningException("urls", "the job has no playback URLs on the"
                        + " distribution (not complete yet, or MediaPackage endpoints only)"));
    }

    private static int resourceOriginEnd(String resource) {
        int slash = resource.indexOf('/', resource.indexOf("://") + 3);
        return slash < 0 ? resource.length() : slash;
    }

    private static String valueOf(String headerValue) {
        return headerValue.substring(headerValue.indexOf('=') + 1);
    }
}
