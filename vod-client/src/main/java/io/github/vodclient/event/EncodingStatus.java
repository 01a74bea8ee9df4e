package io.github.vodclient.event;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a video stands in the encoding pipeline.
 *
 * <p>{@link #NEW} is the application's own state for a video whose upload the pipeline has not reported yet; the
 * other values are what the pipeline reports. {@link #fromWire(String)} is the one place that maps the pipeline's
 * status values to this enum.
 *
 * @since 0.1.0
 */
public enum EncodingStatus {
    /** Created by the application; the pipeline has not reported on it yet. */
    NEW,
    /** The pipeline picked the upload up and is encoding it. */
    INGEST,
    /** Encoding finished; playback URLs are available. */
    COMPLETE,
    /** The workflow failed. */
    ERROR;

    /**
     * Maps a status value as the pipeline writes it to this enum.
     *
     * <p>Accepts the {@code status} value of Ingest messages and the {@code workflowStatus} value of Complete and
     * Error messages and table items, in any letter case, including the lower-case values of solution v4
     * ({@code "ingest"}, {@code "encoding"}, {@code "complete"}, {@code "error"}).
     *
     * <pre>{@code
     * EncodingStatus.fromWire("Complete");  // Optional[COMPLETE]
     * EncodingStatus.fromWire("encoding");  // Optional[INGEST]: still being encoded
     * EncodingStatus.fromWire("Archived");  // Optional.empty()
     * }</pre>
     *
     * @param wireValue the value as received; may be null
     * @return the status, or empty when the value is not a pipeline status
     */
    public static Optional<EncodingStatus> fromWire(String wireValue) {
        if (wireValue == null) {
            return Optional.empty();
        }
        switch (wireValue.trim().toLowerCase(Locale.ROOT)) {
            case "ingest":
            case "encoding":
                return Optional.of(INGEST);
            case "complete":
                return Optional.of(COMPLETE);
            case "error":
                return Optional.of(ERROR);
            default:
                return Optional.empty();
        }
    }

    /**
     * Tells whether the pipeline is done with the job in this state.
     *
     * @return true for {@link #COMPLETE} and {@link #ERROR}
     */
    public boolean isTerminal() {
        return this == COMPLETE || this == ERROR;
    }
}
