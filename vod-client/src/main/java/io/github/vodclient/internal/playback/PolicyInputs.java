package io.github.vodclient.internal.playback;

import io.github.vodclient.PlaybackSigningException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks of the values that go into a CloudFront policy, shared by the options and the signer. */
public final class PolicyInputs {
    private static final Pattern IPV4_CIDR = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(/(3[0-2]|[12]?\\d))?");
    private static final Pattern IPV6_CIDR = Pattern.compile("[0-9A-Fa-f:.]{2,45}(/(12[0-8]|1[01]\\d|[1-9]?\\d))?");
    private static final int MAX_RESOURCE_CHARS = 4096;

    private PolicyInputs() {
    }

    /** The checks {@code SigningOptions} makes on construction. */
    public static void checkOptions(Optional<Instant> expiresAt, Optional<Duration> expiresIn,
            Optional<String> ipRange, Optional<String> resource) {
        if (expiresAt.isPresent() && expiresIn.isPresent()) {
            throw new PlaybackSigningException("expiresAt", "give expiresAt or expiresIn, not both");
        }
        expiresIn.ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new PlaybackSigningException("expiresIn", "must be positive, was " + d);
            }
        });
        ipRange.ifPresent(PolicyInputs::checkCidr);
        resource.ifPresent(PolicyInputs::checkResourceText);
    }

    static void checkCidr(String cidr) {
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
    static void checkResourceText(String resource) {
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
}
