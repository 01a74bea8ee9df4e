package io.github.vodclient.internal.playback;

import io.github.vodclient.PlaybackSigningException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the URLs given to the signer into the URLs CloudFront will receive, and checks that they and the policy
 * resources lie on the distribution.
 */
final class Targets {
    private static final String CLOUDFRONT_SUFFIX = ".cloudfront.net";

    private final Optional<String> distributionDomain;
    private final boolean allowHttp;

    Targets(Optional<String> distributionDomain, boolean allowHttp) {
        this.distributionDomain = distributionDomain;
        this.allowHttp = allowHttp;
    }

    /**
     * The URL CloudFront receives: ASCII only, https, on the distribution (a {@code *.cloudfront.net} host replaced
     * by the configured distribution domain), no user info or fragment.
     */
    URI target(URI url, String field) {
        if (!url.isAbsolute() || url.getRawAuthority() == null || url.getHost() == null) {
            throw new PlaybackSigningException(field, "must be an absolute https URL on the distribution");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new PlaybackSigningException(field, "must be https (CloudFront signed URLs are for https; http is"
                    + " accepted only with allowHttp for a local stack), was " + scheme);
        }
        if (url.getRawUserInfo() != null || url.getRawFragment() != null) {
            throw new PlaybackSigningException(field, "must not carry user info or a fragment");
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String authority = url.getRawAuthority().toLowerCase(Locale.ROOT);
        if (distributionDomain.isPresent() && !authority.equals(distributionDomain.get())) {
            if (!url.getHost().toLowerCase(Locale.ROOT).endsWith(CLOUDFRONT_SUFFIX)) {
                throw new PlaybackSigningException(field, "host " + url.getHost() + " is outside the distribution "
                        + distributionDomain.get());
            }
            authority = distributionDomain.get();
        }
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        try {
            // toASCIIString: a URI may hold non-ASCII characters; CloudFront receives them percent-encoded.
            return new URI(URI.create(scheme + "://" + authority + path + query).toASCIIString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new PlaybackSigningException(field, "is not a valid URL", e);
        }
    }

    /** {@code scheme://authority/<first segment>/*}: the job's folder, where the pipeline writes all its outputs. */
    static String jobFolder(URI target, String field) {
        String path = target.getRawPath();
        int end = path.indexOf('/', 1);
        if (end <= 1) {
            throw new PlaybackSigningException(field, "the path has no job folder (expected /<guid>/...)");
        }
        return origin(target) + path.substring(0, end + 1) + "*";
    }

    /** Checks that a resource pattern lies on the target's distribution and, for a file, covers it. */
    static void checkResource(String resource, URI target, boolean mustCover) {
        PolicyInputs.checkResourceText(resource);
        String origin = origin(target) + "/";
        if (!resource.regionMatches(true, 0, origin, 0, origin.length())) {
            throw new PlaybackSigningException("resource", "'" + resource + "' is outside the distribution "
                    + origin);
        }
        if (mustCover) {
            String withoutQuery = origin(target) + target.getRawPath();
            if (!PolicyInputs.matches(resource, withoutQuery) && !PolicyInputs.matches(resource, target.toString())) {
                throw new PlaybackSigningException("resource", "'" + resource + "' does not cover the URL "
                        + withoutQuery + "; CloudFront would refuse it");
            }
        }
    }

    /** The host of a resource pattern (may hold wildcards). */
    static String resourceHost(String resource) {
        int start = resource.indexOf("://") + 3;
        int end = resource.indexOf('/', start);
        String authority = resource.substring(start, end < 0 ? resource.length() : end);
        int colon = authority.lastIndexOf(':');
        return (colon > 0 && authority.indexOf(']') < colon ? authority.substring(0, colon) : authority)
                .toLowerCase(Locale.ROOT);
    }

    static String origin(URI target) {
        return target.getScheme() + "://" + target.getRawAuthority();
    }

    Optional<String> distributionDomain() {
        return distributionDomain;
    }
}
