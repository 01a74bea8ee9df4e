package io.github.vodclient;

/**
 * The root of every exception vod-client throws on purpose.
 *
 * <p>Subclasses name the kind of problem ({@link VodParseException} for unusable input). Messages say what was
 * wrong and with which field; they never contain secrets such as signatures, session tokens or full presigned
 * URLs.
 *
 * @since 0.1.0
 */
public class VodException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong
     */
    public VodException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public VodException(String message, Throwable cause) {
        super(message, cause);
    }
}
