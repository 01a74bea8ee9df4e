package io.github.vodclient;

/**
 * No video of the application matches an event, and the handler was configured to fail in that case (for
 * applications that create the video after the upload starts: failing makes the platform deliver the event
 * again later).
 *
 * @since 0.1.0
 */
public class UnknownVideoException extends VodException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which event found no video
     */
    public UnknownVideoException(String message) {
        super(message);
    }
}
