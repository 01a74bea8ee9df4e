package io.github.vodclient.internal.playback;

import io.github.vodclient.PlaybackSigningException;
import io.github.vodclient.playback.VodPlayback.SigningOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the URLs given to the signer into the URLs CloudFront will receive, and checks that they and the policy
 * resources lie on the distribution; decides where signed cookies for a resource can be set.
 *
 * <p>The cookie rule: a browser sends a cookie to the distribution only when the application set it for a domain
 * that both share. The application's site and the distribution must therefore be subdomains of one registered
 * domain ({@code www.example.com} and {@code media.example.com}, cookies for {@code example.com}). A
 * {@code *.cloudfront.net} distribution can never receive them: the application cannot set cookies for
 * {@code cloudfront.net}, which is on the public suffix list.
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

    /**
     * The options' resource, or {@code scheme://authority/<first segment>/*}: the job's folder, where the pipeline
     * writes all its outputs; checked to lie on the target's distribution.
     */
    static String folderResource(URI target, SigningOptions options, String field) {
        String resource = options.resource().orElseGet(() -> {
            String path = target.getRawPath();
            int end = path.indexOf('/', 1);
            if (end <= 1) {
                throw new PlaybackSigningException(field, "the path has no job folder (expected /<guid>/...)");
            }
            return origin(target) + path.substring(0, end + 1) + "*";
        });
        checkResource(resource, target, false);
        return resource;
    }

    /**
     * Rejects a resource pattern with the rule of {@link SigningOptions#resource()} (an absolute http(s) URL in its
     * encoded form), by building options from it: one rule for a resource given alone and one given in options.
     */
    static void checkResourceText(String resource) {
        SigningOptions.builder().resource(resource).build();
    }

    /** Checks that a resource pattern lies on the target's distribution and, for a file, covers it. */
    static void checkResource(String resource, URI target, boolean mustCover) {
        checkResourceText(resource);
        String origin = origin(target) + "/";
        if (!resource.regionMatches(true, 0, origin, 0, origin.length())) {
            throw new PlaybackSigningException("resource", "'" + resource + "' is outside the distribution "
                    + origin);
        }
        if (mustCover) {
            String withoutQuery = origin(target) + target.getRawPath();
            if (!matches(resource, withoutQuery) && !matches(resource, target.toString())) {
                throw new PlaybackSigningException("resource", "'" + resource + "' does not cover the URL "
                        + withoutQuery + "; CloudFront would refuse it");
            }
        }
    }

    /** Whether {@code url} matches a policy resource, where {@code *} is any run of characters and {@code ?} one. */
    static boolean matches(String pattern, String url) {
        int p = 0;
        int u = 0;
        int star = -1;
        int mark = 0;
        while (u < url.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == url.charAt(u))) {
                p++;
                u++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = u;
            } else if (star >= 0) {
                p = star + 1;
                u = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /**
     * The {@code Domain} attribute for cookies on the resource's host: empty for an IP address or a single-label
     * host (a host-only cookie, for local stacks).
     */
    static Optional<String> cookieDomain(String resource, Optional<String> configured) {
        int start = resource.indexOf("://") + 3;
        int end = resource.indexOf('/', start);
        String authority = resource.substring(start, end < 0 ? resource.length() : end);
        int colon = authority.lastIndexOf(':');
        String host = (colon > 0 && authority.indexOf(']') < colon ? authority.substring(0, colon) : authority)
                .toLowerCase(Locale.ROOT);
        if (host.endsWith(CLOUDFRONT_SUFFIX)) {
            throw new PlaybackSigningException("resource", "signed cookies cannot work on " + host + ": a browser"
                    + " never sends your site's cookies to a *.cloudfront.net domain. Serve the distribution on a"
                    + " subdomain of your site (an alternate domain name such as media.example.com, set"
                    + " distributionDomain) or use signed playlists / signed URLs instead");
        }
        if (configured.isPresent()) {
            String domain = configured.get();
            if (!host.equals(domain) && !host.endsWith("." + domain)) {
                throw new PlaybackSigningException("cookieDomain", domain + " is not a parent of the distribution's"
                        + " domain " + host + "; the browser would not send the cookies there");
            }
            return configured;
        }
        if (host.contains("*")) {
            throw new PlaybackSigningException("cookieDomain", "not set, and the resource's host " + host
                    + " has a wildcard: set cookieDomain to the domain your site and the distribution share");
        }
        boolean ipOrSingleLabel = host.indexOf('.') < 0 || host.startsWith("[")
                || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
        if (ipOrSingleLabel) {
            return Optional.empty();
        }
        String parent = host.substring(host.indexOf('.') + 1);
        return Optional.of(parent.indexOf('.') < 0 ? host : parent);
    }

    /** The cookie path: the resource's path up to its first wildcard, cut after the last slash. */
    static String cookiePath(String resource) {
        int start = resource.indexOf('/', resource.indexOf("://") + 3);
        if (start < 0) {
            return "/";
        }
        String fixed = resource.substring(start);
        for (int i = 0; i < fixed.length(); i++) {
            if (fixed.charAt(i) == '*' || fixed.charAt(i) == '?') {
                fixed = fixed.substring(0, i);
                break;
            }
        }
        return fixed.substring(0, fixed.lastIndexOf('/') + 1);
    }

    static String origin(URI target) {
        return target.getScheme() + "://" + target.getRawAuthority();
    }
}
