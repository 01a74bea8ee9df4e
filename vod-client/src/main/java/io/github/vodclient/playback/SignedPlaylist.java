package io.github.vodclient.playback;

import java.time.Instant;
import java.util.Objects;

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
