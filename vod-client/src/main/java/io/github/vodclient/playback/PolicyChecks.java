package io.github.vodclient.playback;

import io.github.vodclient.PlaybackSigningException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks of the values that go into a CloudFront policy, made when {@link VodPlayback.SigningOptions} are
 * constructed. The signer checks a resource it is given directly by building options from it, so there is one rule
 * for both.
 */
final class PolicyChecks {
    private static final Pattern IPV4_CIDR = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(/(3[0-2]|[12]?\\d))?");
    private static final Pattern IPV6_CIDR = Pattern.compile("[0-9A-Fa-f:.]{2,45}(/(12[0-8]|1[01]\\d|[1-9]?\\d))?");
    private static final int MAX_RESOURCE_CHARS = 4096;

    private PolicyChecks() {
    }

    /** The checks {@code SigningOptions} makes on construction. */
    static void checkOptions(Optional<Instant> expiresAt, Optional<Duration> expiresIn,
            Optional<String> ipRange, Optional<String> resource) {
        if (expiresAt.isPresent() && expiresIn.isPresent()) {
            throw new PlaybackSigningException("expiresAt", "give expiresAt or expiresIn, not both");
        }
        expiresIn.ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new PlaybackSigningException("expiresIn", "must be positive, was " + d);
            }
        });
        ipRange.ifPresent(PolicyChecks::checkCidr);
        resource.ifPresent(PolicyChecks::checkResourceText);
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
    private static void checkResourceText(String resource) {
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
}
