package io.github.vodclient.event;

import io.github.vodclient.sns.SnsMessage;
import java.util.Optional;

/**
 * One message from the pipeline's SNS topic (or its own SQS queue), typed.
 *
 * <p>A {@link WorkflowEvent} reports a job's status ({@link IngestEvent}, {@link CompleteEvent},
 * {@link ErrorEvent}); an {@link UnknownEvent} keeps what could not be classified, so no delivery is silently
 * dropped.
 *
 * <pre>{@code
 * for (VodEvent event : parser.parse(lambdaInput).events()) {
 *     if (event instanceof CompleteEvent complete) {
 *         complete.playback().preferredHls().ifPresent(url -> videos.publish(complete.guid(), url.uri()));
 *     } else if (event instanceof ErrorEvent error) {
 *         videos.fail(error.guid(), error.errorMessage().orElse("unknown error"));
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface VodEvent permits WorkflowEvent, UnknownEvent {

    /**
     * The SNS envelope the message arrived in, when there was one (Lambda SNS event, SNS HTTP body, SQS body
     * holding an SNS envelope); empty for a bare message, a raw-delivery SQS body or the solution's own queue.
     *
     * @return the SNS envelope's metadata
     */
    Optional<SnsMessage> sns();

    /**
     * The pipeline's message exactly as received: the JSON text (or, for solution v4.0–4.1 errors, plain text).
     *
     * @return the raw message
     */
    String rawMessage();
}
