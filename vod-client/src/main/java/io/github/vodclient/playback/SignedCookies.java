package io.github.vodclient.playback;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
