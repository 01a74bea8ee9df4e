package io.github.vodclient.internal.playback;

import io.github.vodclient.PlaybackSigningException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides where signed cookies can be set and writes their {@code Set-Cookie} header values (the SDK returns only
 * {@code name=value} strings, so the attributes are written here).
 *
 * <p>The rule: a browser sends a cookie to the distribution only when the application set it for a domain that
 * both share. The application's site and the distribution must therefore be subdomains of one registered domain
 * ({@code www.example.com} and {@code media.example.com}, cookies for {@code example.com}). A
 * {@code *.cloudfront.net} distribution can never receive them: the application cannot set cookies for
 * {@code cloudfront.net}, which is on the public suffix list.
 */
final class CookieHeaders {

    private CookieHeaders() {
    }

    /**
     * The {@code Domain} attribute for cookies on the resource's host: empty for an IP address or a single-label
     * host (a host-only cookie, for local stacks).
     */
    static Optional<String> domainFor(String resource, Optional<String> configured) {
        String host = Targets.resourceHost(resource);
        if (host.endsWith(".cloudfront.net")) {
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
            return Optional.of(domain);
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
    static String pathFor(String resource) {
        int start = resource.indexOf('/', resource.indexOf("://") + 3);
        if (start < 0) {
            return "/";
        }
        String path = resource.substring(start);
        int wildcard = firstWildcard(path);
        String fixed = wildcard < 0 ? path : path.substring(0, wildcard);
        return fixed.substring(0, fixed.lastIndexOf('/') + 1);
    }

    private static int firstWildcard(String path) {
        int star = path.indexOf('*');
        int question = path.indexOf('?');
        if (star < 0) {
            return question;
        }
        return question < 0 ? star : Math.min(star, question);
    }

    static List<String> setCookieHeaders(Map<String, String> values, Optional<String> domain, String path,
            Duration maxAge) {
        List<String> headers = new ArrayList<>(values.size());
        String attributes = domain.map(d -> "; Domain=" + d).orElse("") + "; Path=" + path + "; Max-Age="
                + Math.max(0, maxAge.toSeconds()) + "; Secure; HttpOnly; SameSite=Lax";
        values.forEach((name, value) -> headers.add(name + "=" + value + attributes));
        return headers;
    }
}
