package io.github.vodclient;

/**
 * Input that is not a usable pipeline message or delivery: malformed or truncated JSON, a required field that is
 * missing or has the wrong type, invalid UTF-8, input over the size limit.
 *
 * <p>The message names what was wrong and where (for example {@code "Records[1].Sns.Message must be a string"}).
 *
 * @since 0.1.0
 */
public class VodParseException extends VodException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a parse exception.
     *
     * @param message what was wrong with the input
     */
    public VodParseException(String message) {
        super(message);
    }

    /**
     * Creates a parse exception with the underlying cause.
     *
     * @param message what was wrong with the input
     * @param cause the underlying failure
     */
    public VodParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
