package io.github.vodclient.event;

import io.github.vodclient.VodParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a batch that could not be parsed.
 *
 * @param index the record's position in the delivery, from 0
 * @param recordId the record's id (SQS {@code messageId} or SNS {@code MessageId}), when the record had one
 * @param error what was wrong with it
 * @since 0.1.0
 */
public record RecordFailure(int index, Optional<String> recordId, VodParseException error) {

    /**
     * Validates the components.
     *
     * @param index the record's position
     * @param recordId the record's id
     * @param error what was wrong
     */
    public RecordFailure {
        if (index < 0) {
            throw new IllegalArgumentException("index < 0");
        }
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(error, "error");
    }
}
