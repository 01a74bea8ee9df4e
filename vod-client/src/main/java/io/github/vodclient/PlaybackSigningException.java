package io.github.vodclient;

/**
 * Playback signing input that CloudFront would refuse, or that would produce a grant that cannot work: a missing,
 * unreadable or non-RSA private key, a URL that is not https, an expiry in the past or beyond the configured
 * maximum, a resource outside the distribution, signed cookies for a {@code *.cloudfront.net} domain, a playlist
 * that is not an HLS playlist or is too large. Nothing is signed when it is thrown.
 *
 * <p>The message names the setting or argument and says what to fix (for example {@code "privateKey: the PEM
 * holds an EC key; CloudFront signs with RSA 2048-bit keys only"}); it never contains the private key, a
 * signature or a signed URL.
 *
 * @since 0.1.0
 */
public class PlaybackSigningException extends VodException {
    private static final long serialVersionUID = 1L;

    /** The setting or argument that was wrong. */
    private final String field;

    /**
     * Creates an exception for a setting or argument.
     *
     * @param field the name of the setting or argument, such as {@code "privateKey"} or {@code "expiresAt"}
     * @param problem what was wrong with it and what to do
     */
    public PlaybackSigningException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /**
     * Creates an exception for a setting or argument, with the underlying failure.
     *
     * @param field the name of the setting or argument
     * @param problem what was wrong with it and what to do
     * @param cause the underlying failure
     */
    public PlaybackSigningException(String field, String problem, Throwable cause) {
        super(field + ": " + problem, cause);
        this.field = field;
    }

    /**
     * The setting or argument that was wrong, such as {@code "privateKey"}, {@code "url"} or {@code "playlist"}.
     *
     * @return the name
     */
    public String field() {
        return field;
    }
}
