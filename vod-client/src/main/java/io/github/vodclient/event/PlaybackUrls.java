package io.github.vodclient.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where viewers fetch the encoded video: the playback URLs of a completed job.
 *
 * <p>Without MediaPackage the pipeline reports CloudFront URLs per output group ({@code hlsUrl}, {@code dashUrl},
 * ...); with MediaPackage on it reports {@link #egressEndpoints()} instead and none of the others.
 *
 * @param hls the HLS playlist ({@code hlsUrl})
 * @param dash the DASH manifest ({@code dashUrl})
 * @param mss the Microsoft Smooth Streaming manifest ({@code mssUrl})
 * @param cmafHls the CMAF HLS playlist ({@code cmafHlsUrl})
 * @param cmafDash the CMAF DASH manifest ({@code cmafDashUrl})
 * @param mp4 the MP4 renditions ({@code mp4Urls}), possibly empty
 * @param thumbnails the thumbnails ({@code thumbNailsUrls}, or the legacy {@code thumbNailUrl}), empty without frame
 *     capture
 * @param egressEndpoints MediaPackage endpoints by packaging type as written ({@code HLS}, {@code DASH},
 *     {@code MSS}, {@code CMAF}), in the order received
 * @since 0.1.0
 */
public record PlaybackUrls(
        Optional<MediaUrl> hls,
        Optional<MediaUrl> dash,
        Optional<MediaUrl> mss,
        Optional<MediaUrl> cmafHls,
        Optional<MediaUrl> cmafDash,
        List<MediaUrl> mp4,
        List<MediaUrl> thumbnails,
        Map<String, MediaUrl> egressEndpoints) {

    private static final PlaybackUrls NONE = new PlaybackUrls(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), List.of(), Map.of());

    /**
     * Validates the components and copies the collections.
     *
     * @param hls the HLS playlist
     * @param dash the DASH manifest
     * @param mss the MSS manifest
     * @param cmafHls the CMAF HLS playlist
     * @param cmafDash the CMAF DASH manifest
     * @param mp4 the MP4 renditions
     * @param thumbnails the thumbnails
     * @param egressEndpoints the MediaPackage endpoints
     */
    public PlaybackUrls {
        Objects.requireNonNull(hls, "hls");
        Objects.requireNonNull(dash, "dash");
        Objects.requireNonNull(mss, "mss");
        Objects.requireNonNull(cmafHls, "cmafHls");
        Objects.requireNonNull(cmafDash, "cmafDash");
        mp4 = List.copyOf(Objects.requireNonNull(mp4, "mp4"));
        thumbnails = List.copyOf(Objects.requireNonNull(thumbnails, "thumbnails"));
        Objects.requireNonNull(egressEndpoints, "egressEndpoints");
        egressEndpoints = egressEndpoints.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(egressEndpoints));
        egressEndpoints.forEach((k, v) -> Objects.requireNonNull(v, "egressEndpoints." + k));
    }

    /**
     * No playback URLs at all.
     *
     * @return the empty instance
     */
    public static PlaybackUrls none() {
        return NONE;
    }

    /**
     * The HLS URL a player should use: {@link #hls()}, else the MediaPackage {@code HLS} endpoint, else
     * {@link #cmafHls()}.
     *
     * @return the preferred HLS URL, if the job produced one
     */
    public Optional<MediaUrl> preferredHls() {
        if (hls.isPresent()) {
            return hls;
        }
        MediaUrl egress = egressEndpoints.get("HLS");
        return egress != null ? Optional.of(egress) : cmafHls;
    }

    /**
     * Tells whether there is no URL of any kind.
     *
     * @return true when every component is empty
     */
    public boolean isEmpty() {
        return hls.isEmpty() && dash.isEmpty() && mss.isEmpty() && cmafHls.isEmpty() && cmafDash.isEmpty()
                && mp4.isEmpty() && thumbnails.isEmpty() && egressEndpoints.isEmpty();
    }
}
