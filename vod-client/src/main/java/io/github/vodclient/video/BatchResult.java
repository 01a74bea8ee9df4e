package io.github.vodclient.video;

import io.github.vodclient.VodException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What handling one delivery of several records did: a result for each record that was handled, and a failure
 * for each record that could not be parsed or whose handling threw (for example, the repository failed).
 *
 * <p>A failed record never stops the others. A Lambda reading SQS returns {@link #lambdaBatchResponse()} so that
 * only the failed records are delivered again.
 *
 * <pre>{@code
 * BatchResult result = client.handle(input);
 * output.write(result.lambdaBatchResponse().getBytes(StandardCharsets.UTF_8));
 * }</pre>
 *
 * @param handled the records that were handled, in delivery order
 * @param failed the records that failed, in delivery order
 * @since 0.1.0
 */
public record BatchResult(List<HandledRecord> handled, List<FailedRecord> failed) {

    /**
     * A record that was handled.
     *
     * @param index its position in the delivery, from 0
     * @param recordId its id (SQS {@code messageId}, SNS {@code MessageId}), when it had one
     * @param result what handling it did
     */
    public record HandledRecord(int index, Optional<String> recordId, HandleResult result) {
        /**
         * Validates that no component is null.
         *
         * @param index its position
         * @param recordId its id
         * @param result what handling it did
         */
        public HandledRecord {
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * A record that failed.
     *
     * @param index its position in the delivery, from 0
     * @param recordId its id, when it had one
     * @param error why: a {@link io.github.vodclient.VodParseException} for unusable input, or what handling threw
     */
    public record FailedRecord(int index, Optional<String> recordId, RuntimeException error) {
        /**
         * Validates that no component is null.
         *
         * @param index its position
         * @param recordId its id
         * @param error why it failed
         */
        public FailedRecord {
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * Validates and copies the lists.
     *
     * @param handled the records that were handled
     * @param failed the records that failed
     */
    public BatchResult {
        handled = List.copyOf(Objects.requireNonNull(handled, "handled"));
        failed = List.copyOf(Objects.requireNonNull(failed, "failed"));
    }

    /**
     * Tells whether any record failed.
     *
     * @return true when {@link #failed()} is not empty
     */
    public boolean hasFailures() {
        return !failed.isEmpty();
    }

    /**
     * The ids of the failed records.
     *
     * @return the ids of the failed records that had one
     */
    public List<String> failedRecordIds() {
        List<String> ids = new ArrayList<>(failed.size());
        for (FailedRecord record : failed) {
            record.recordId().ifPresent(ids::add);
        }
        return List.copyOf(ids);
    }

    /**
     * The response of a Lambda function with an SQS event source and {@code ReportBatchItemFailures} on:
     * {@code {"batchItemFailures":[{"itemIdentifier":"<messageId>"}, ...]}} — an empty list when all succeeded.
     *
     * @return the response JSON
     * @throws VodException when a failed record has no id: it cannot be reported alone, so the whole invocation
     *     must fail (throw it from the handler) and the batch is delivered again
     */
    public String lambdaBatchResponse() {
        StringBuilder json = new StringBuilder("{\"batchItemFailures\":[");
        for (int i = 0; i < failed.size(); i++) {
            FailedRecord record = failed.get(i);
            String id = record.recordId().orElseThrow(() -> new VodException("record " + record.index()
                    + " failed and has no message id to report; fail the whole batch", record.error()));
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"itemIdentifier\":\"");
            appendEscaped(json, id);
            json.append("\"}");
        }
        return json.append("]}").toString();
    }

    private static void appendEscaped(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
    }
}
