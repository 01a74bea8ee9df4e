package io.github.vodclient.event;

import java.util.Objects;
import java.util.Optional;

/**
 * One record of a delivery that parsed into an event.
 *
 * @param index the record's position in the delivery, from 0 (always 0 for a single message)
 * @param recordId the record's id: the SQS {@code messageId} for SQS records, the SNS {@code MessageId} for SNS
 *     records and envelopes; empty for a bare message
 * @param event the event
 * @since 0.1.0
 */
public record ParsedRecord(int index, Optional<String> recordId, VodEvent event) {

    /**
     * Validates the components.
     *
     * @param index the record's position
     * @param recordId the record's id
     * @param event the event
     */
    public ParsedRecord {
        if (index < 0) {
            throw new IllegalArgumentException("index < 0");
        }
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(event, "event");
    }
}
