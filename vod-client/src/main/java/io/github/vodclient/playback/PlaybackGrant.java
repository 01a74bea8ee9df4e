package io.github.vodclient.playback;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A job's playback URLs, each signed with one custom policy for the job's folder
 * ({@code https://<domain>/<guid>/*}): one RSA signature for all of them.
 *
 * <p>Single files (MP4 renditions, thumbnails) play from these URLs as they are. A playlist URL here opens the
 * playlist only: the player resolves its relative segment URIs without the query. For adaptive streams use signed
 * cookies ({@link VodPlayback#cookies(io.github.vodclient.event.PlaybackUrls, SigningOptions)}) or serve a signed
 * playlist ({@link VodPlayback#signPlaylist(URI, String, SigningOptions)}).
 *
 * @param resource the policy's resource
 * @param expiresAt when CloudFront stops accepting the URLs
 * @param hls the signed HLS playlist URL
 * @param dash the signed DASH manifest URL
 * @param cmafHls the signed CMAF HLS playlist URL
 * @param cmafDash the signed CMAF DASH manifest URL
 * @param mp4 the signed MP4 renditions
 * @param thumbnails the signed thumbnails
 * @since 0.1.0
 */
public record PlaybackGrant(String resource, Instant expiresAt, Optional<URI> hls, Optional<URI> dash,
        Optional<URI> cmafHls, Optional<URI> cmafDash, List<URI> mp4, List<URI> thumbnails) {

    /**
     * Validates that no component is null and copies the lists.
     *
     * @param resource the policy's resource
     * @param expiresAt the expiry
     * @param hls the HLS URL
     * @param dash the DASH URL
     * @param cmafHls the CMAF HLS URL
     * @param cmafDash the CMAF DASH URL
     * @param mp4 the MP4 URLs
     * @param thumbnails the thumbnail URLs
     */
    public PlaybackGrant {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(hls, "hls");
        Objects.requireNonNull(dash, "dash");
        Objects.requireNonNull(cmafHls, "cmafHls");
        Objects.requireNonNull(cmafDash, "cmafDash");
        mp4 = List.copyOf(Objects.requireNonNull(mp4, "mp4"));
        thumbnails = List.copyOf(Objects.requireNonNull(thumbnails, "thumbnails"));
    }

    /**
     * Describes the grant without its signed URLs.
     *
     * @return the resource, the expiry and what it holds
     */
    @Override
    public String toString() {
        return "PlaybackGrant[resource=" + resource + ", expiresAt=" + expiresAt + ", hls=" + hls.isPresent()
                + ", mp4=" + mp4.size() + ", thumbnails=" + thumbnails.size() + "]";
    }
}
