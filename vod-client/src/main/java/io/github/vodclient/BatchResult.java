package io.github.vodclient;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one delivery of one or more records gave: a value for each record that went through, and a failure for
 * each record that did not (it could not be parsed or verified, or handling it threw). A failed record never
 * stops the others.
 *
 * <p>{@link io.github.vodclient.event.VodEventParser#parse(String)} gives a {@code BatchResult<VodEvent>},
 * {@link VodClient#handle(String)} a {@code BatchResult<HandleResult>}. A Lambda reading an SQS queue returns
 * {@link #lambdaBatchResponse()}, so only the failed records are delivered again and the good ones are neither
 * lost nor processed twice.
 *
 * <pre>{@code
 * BatchResult<HandleResult> result = vod.handle(inputStream);
 * output.write(result.lambdaBatchResponse().getBytes(StandardCharsets.UTF_8));
 * }</pre>
 *
 * @param <T> what each record gave
 * @param values what the records that went through gave, in delivery order
 * @param failures the records that did not, in delivery order
 * @since 0.1.0
 */
public record BatchResult<T>(List<T> values, List<BatchResult.Failure> failures) {

    /**
     * One record that did not go through.
     *
     * @param index its position in the delivery, from 0 (always 0 for a single message or envelope)
     * @param recordId its id (the SQS {@code messageId}, or the SNS {@code MessageId}), when it had one
     * @param error why: a {@link VodParseException} for unusable input, an {@link SnsVerificationException} for
     *     an envelope that did not verify, or what handling threw
     * @since 0.1.0
     */
    public record Failure(int index, Optional<String> recordId, RuntimeException error) {
        /**
         * Validates the components.
         *
         * @param index its position
         * @param recordId its id
         * @param error why it failed
         */
        public Failure {
            if (index < 0) {
                throw new IllegalArgumentException("index < 0: " + index);
            }
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * Validates and copies the lists.
     *
     * @param values what the records gave
     * @param failures the records that failed
     */
    public BatchResult {
        values = List.copyOf(Objects.requireNonNull(values, "values"));
        failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    }

    /**
     * Tells whether any record failed.
     *
     * @return true when {@link #failures()} is not empty
     */
    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    /**
     * The ids of the failed records, for a Lambda's partial batch response ({@code batchItemFailures}).
     *
     * <p>A failed record without an id cannot be reported alone: when {@link #failures()} has more entries than
     * this list, fail the whole invocation instead ({@link #lambdaBatchResponse()} does).
     *
     * @return the ids of the failed records that had one
     */
    public List<String> failedRecordIds() {
        List<String> ids = new ArrayList<>(failures.size());
        for (Failure failure : failures) {
            failure.recordId().ifPresent(ids::add);
        }
        return List.copyOf(ids);
    }

    /**
     * The response of a Lambda function with an SQS event source and {@code ReportBatchItemFailures} on:
     * {@code {"batchItemFailures":[{"itemIdentifier":"<messageId>"}, ...]}}, an empty list when all went through.
     *
     * @return the response JSON
     * @throws VodException when a failed record has no id: it cannot be reported alone, so the whole invocation
     *     must fail (let it propagate from the handler) and the batch is delivered again
     */
    public String lambdaBatchResponse() {
        StringBuilder json = new StringBuilder("{\"batchItemFailures\":[");
        for (int i = 0; i < failures.size(); i++) {
            Failure failure = failures.get(i);
            String id = failure.recordId().orElseThrow(() -> new VodException("record " + failure.index()
                    + " failed and has no message id to report; fail the whole batch", failure.error()));
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
