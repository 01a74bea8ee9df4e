package io.github.vodclient.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one delivery held: the events that parsed, and a failure for each record that did not.
 *
 * <p>A Lambda reading an SQS queue returns {@link #failedRecordIds()} as its {@code batchItemFailures}, so only
 * the bad records are redelivered and the good ones are neither lost nor processed twice.
 *
 * <pre>{@code
 * EventBatch batch = parser.parse(input);
 * batch.events().forEach(this::apply);
 * return batch.failedRecordIds();  // -> {"batchItemFailures":[{"itemIdentifier": id}, ...]}
 * }</pre>
 *
 * @param records the records that parsed, in delivery order
 * @param failures the records that did not, in delivery order
 * @since 0.1.0
 */
public record EventBatch(List<ParsedRecord> records, List<RecordFailure> failures) {

    /**
     * Validates and copies the lists.
     *
     * @param records the records that parsed
     * @param failures the records that did not
     */
    public EventBatch {
        records = List.copyOf(Objects.requireNonNull(records, "records"));
        failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    }

    /**
     * The events of the records that parsed, in delivery order.
     *
     * @return the events
     */
    public List<VodEvent> events() {
        List<VodEvent> events = new ArrayList<>(records.size());
        for (ParsedRecord record : records) {
            events.add(record.event());
        }
        return List.copyOf(events);
    }

    /**
     * Tells whether any record failed to parse.
     *
     * @return true when {@link #failures()} is not empty
     */
    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    /**
     * The ids of the failed records, for a Lambda's partial batch response ({@code batchItemFailures}).
     *
     * <p>A failed record without an id cannot be reported individually: when {@link #failures()} has more entries
     * than this list, fail the whole invocation instead.
     *
     * @return the ids of the failed records that had one
     */
    public List<String> failedRecordIds() {
        List<String> ids = new ArrayList<>(failures.size());
        for (RecordFailure failure : failures) {
            failure.recordId().ifPresent(ids::add);
        }
        return List.copyOf(ids);
    }
}
