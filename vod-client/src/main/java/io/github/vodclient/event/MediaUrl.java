package io.github.vodclient.event;

import java.net.URI;
import java.util.Objects;

/**
 * A URL the pipeline wrote (playback URL, thumbnail, S3 location), as the raw string and as a valid {@link URI}.
 *
 * <p>The pipeline builds its output URLs by string concatenation from the source file's name and does not
 * percent-encode them: a source key {@code uploads/My Video (1).mp4} yields
 * {@code https://d1.cloudfront.net/<guid>/hls/My Video (1).m3u8}, which is not a valid URI. {@link #uri()}
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
 * <p>Immutable and thread-safe. The URI is a pure function of the raw string and is computed on the first call of
 * {@link #uri()} (or {@link #toString()}), not when the event is parsed: most consumers of an event read one or two
 * of its URLs, or none. Two instances are equal when their raw strings are equal.
 *
 * @since 0.1.0
 */
public final class MediaUrl {

    private final String raw;
    /** Computed on first use; a race only computes the same immutable value twice. */
    private volatile URI uri;

    private MediaUrl(String raw) {
        this.raw = raw;
    }

    /**
     * Makes a {@code MediaUrl} from a URL string as the pipeline writes it. Never fails for a non-null string, and
     * neither does {@link #uri()} afterwards.
     *
     * @param raw the URL as written by the pipeline
     * @return the URL, whose {@link #uri()} is a valid, percent-encoded URI
     * @throws NullPointerException if {@code raw} is null
     */
    public static MediaUrl of(String raw) {
        return new MediaUrl(Objects.requireNonNull(raw, "raw"));
    }

    /**
     * Returns the string exactly as the pipeline wrote it.
     *
     * @return the raw URL string
     */
    public String raw() {
        return raw;
    }

    /**
     * Returns the same location as a valid, percent-encoded URI; computed on the first call.
     *
     * @return the URI a player or browser must request
     */
    public URI uri() {
        URI u = uri;
        if (u == null) {
            u = UrlEncoding.toUri(raw);
            uri = u;
        }
        return u;
    }

    /**
     * Compares the raw strings (the URI is a function of them).
     *
     * @param o the other object
     * @return whether {@code o} is a {@code MediaUrl} with the same raw string
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof MediaUrl other && raw.equals(other.raw);
    }

    /**
     * Returns the raw string's hash code.
     *
     * @return {@code raw().hashCode()}
     */
    @Override
    public int hashCode() {
        return raw.hashCode();
    }

    /**
     * Returns the valid URI as a string, ready to hand to a player.
     *
     * @return {@code uri().toString()}
     */
    @Override
    public String toString() {
        return uri().toString();
    }
}
