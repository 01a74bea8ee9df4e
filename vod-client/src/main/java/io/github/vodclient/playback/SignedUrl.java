package io.github.vodclient.playback;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

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
