package io.github.vodclient.event;

import io.github.vodclient.internal.UrlEncoding;
import java.net.URI;
import java.util.Objects;

/**
 * A URL the pipeline wrote (playback URL, thumbnail, S3 location), as a valid {@link URI} and as the raw string.
 *
 * <p>The pipeline builds its output URLs by string concatenation from the source file's name and does not
 * percent-encode them: a source key {@code uploads/My Video (1).mp4} yields
 * {@code https://d1.cloudfront.net/<guid>/hls/My Video (1).m3u8}, which is not a valid URI. {@link #of(String)}
 * keeps scheme and host and percent-encodes, as UTF-8, every character of the path that may not stand in a URI
 * path — including {@code %}, {@code ?} and {@code #}, which the pipeline never means as escapes, queries or
 * fragments. The result is the URL a player or browser must request to fetch that object.
 *
 * <pre>{@code
 * MediaUrl url = MediaUrl.of("https://d1.cloudfront.net/g/hls/My Video (1).m3u8");
 * url.uri();  // https://d1.cloudfront.net/g/hls/My%20Video%20(1).m3u8
 * url.raw();  // https://d1.cloudfront.net/g/hls/My Video (1).m3u8
 * }</pre>
 *
 * @param raw the string exactly as the pipeline wrote it
 * @param uri the same location as a valid, percent-encoded URI
 * @since 0.1.0
 */
public record MediaUrl(String raw, URI uri) {

    /**
     * Validates the components.
     *
     * @param raw the string exactly as the pipeline wrote it
     * @param uri the same location as a valid URI
     */
    public MediaUrl {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(uri, "uri");
    }

    /**
     * Makes a {@code MediaUrl} from a URL string as the pipeline writes it. Never fails for a non-null string.
     *
     * @param raw the URL as written by the pipeline
     * @return the URL with a valid, percent-encoded URI
     */
    public static MediaUrl of(String raw) {
        Objects.requireNonNull(raw, "raw");
        return new MediaUrl(raw, UrlEncoding.toUri(raw));
    }

    /**
     * Returns the valid URI as a string, ready to hand to a player.
     *
     * @return {@code uri().toString()}
     */
    @Override
    public String toString() {
        return uri.toString();
    }
}
