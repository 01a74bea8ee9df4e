package io.github.vodclient.event;

import io.github.vodclient.BatchResult;
import io.github.vodclient.VodParseException;
import io.github.vodclient.internal.event.VodEventParserBuilder;
import java.io.InputStream;

/**
 * Parses every way an application receives the pipeline's messages into typed {@link VodEvent}s.
 *
 * <p>{@link #parse(String)} recognises the input by its shape, so one call serves every entry point:
 * <ol>
 *   <li>a Lambda event from an SNS subscription ({@code Records[].Sns});</li>
 *   <li>an SNS HTTP(S) POST body (the SNS envelope);</li>
 *   <li>a Lambda event from an SQS queue ({@code Records[].body}), or one SQS message body, holding an SNS
 *       envelope or, with raw message delivery, the message itself;</li>
 *   <li>a body from the solution's own SQS queue (the whole workflow state);</li>
 *   <li>the bare message JSON.</li>
 * </ol>
 * The explicit entry points ({@link #parseLambdaSnsEvent}, {@link #parseLambdaSqsEvent},
 * {@link #parseTrustedSnsEnvelope}, {@link #parseTrustedSqsBody}, {@link #parseMessage}) accept only their own
 * shape.
 *
 * <p><b>Authenticity.</b> This class parses; it does not verify SNS signatures. Use it as it is only for input
 * from a trusted source (a Lambda invoked by SNS, a queue only the topic can write to). An HTTP endpoint, or a
 * reader of a queue others can write to, must verify each delivery before trusting it: use
 * {@link io.github.vodclient.sns.SnsVerifier#verifyAndParse(String)}. The methods for single envelopes and SQS bodies
 * say in their names that they trust their input.
 *
 * <p><b>Errors.</b> Input that cannot be used at all throws {@link VodParseException}, whose message names what
 * was wrong. In a batch, each bad record becomes a {@link BatchResult.Failure} and the good records still parse. A
 * well-formed message that is not a known pipeline status becomes an {@link UnknownEvent}, never an exception.
 * Nothing else escapes: no {@code NullPointerException}, no Jackson exception.
 *
 * <pre>{@code
 * VodEventParser parser = VodEventParser.create();   // once; thread-safe
 *
 * // in a Lambda handler reading an SQS queue subscribed to the topic
 * BatchResult<VodEvent> batch = parser.parse(inputStream);
 * for (VodEvent event : batch.values()) {
 *     if (event instanceof CompleteEvent complete) {
 *         System.out.println(complete.guid() + " -> " + complete.playback().preferredHls());
 *     }
 * }
 * List<String> retry = batch.failedRecordIds();       // report as batchItemFailures
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe; create one and share it.
 *
 * @since 0.1.0
 */
public interface VodEventParser {
    /**
     * The default limit on a whole input, 6 MiB: the largest payload a synchronous Lambda invocation receives.
     */
    int DEFAULT_MAX_INPUT_BYTES = 6 * 1024 * 1024;
    /** The default limit on one message or SQS body, 256 KiB: the largest message SNS publishes. */
    int DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024;

    /**
     * A parser with the default limits.
     *
     * @return a new parser
     */
    static VodEventParser create() {
        return builder().build();
    }

    /**
     * A builder for a parser with other limits.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new VodEventParserBuilder();
    }

    /**
     * Parses any supported input, recognised by its shape.
     *
     * @param input the input as received
     * @return every event that parsed, and a failure for each record of a batch that did not
     * @throws VodParseException when the input as a whole is unusable
     */
    BatchResult<VodEvent> parse(String input);

    /**
     * Parses any supported input given as UTF-8 bytes, recognised by its shape.
     *
     * @param input the input as received
     * @return every event that parsed, and a failure for each record of a batch that did not
     * @throws VodParseException when the input as a whole is unusable, including invalid UTF-8
     */
    BatchResult<VodEvent> parse(byte[] input);

    /**
     * Reads a stream of UTF-8 to its end and parses it as {@link #parse(String)} does. The stream is not closed.
     *
     * @param input the input as received, for example a Lambda {@code RequestStreamHandler}'s input
     * @return every event that parsed, and a failure for each record of a batch that did not
     * @throws VodParseException when the input is unusable or cannot be read
     */
    BatchResult<VodEvent> parse(InputStream input);

    /**
     * Parses the event of a Lambda function subscribed to the SNS topic ({@code Records[].Sns}).
     *
     * @param lambdaEvent the Lambda event JSON
     * @return the events, and a failure for each bad record
     * @throws VodParseException when the input is not a Lambda event, or a record is an SQS record
     */
    BatchResult<VodEvent> parseLambdaSnsEvent(String lambdaEvent);

    /**
     * Parses the event of a Lambda function reading an SQS queue ({@code Records[].body}); each body may hold an
     * SNS envelope, a raw-delivery message, or the solution's own queue message.
     *
     * @param lambdaEvent the Lambda event JSON
     * @return the events, and a failure (with the SQS {@code messageId}) for each bad record
     * @throws VodParseException when the input is not a Lambda event
     */
    BatchResult<VodEvent> parseLambdaSqsEvent(String lambdaEvent);

    /**
     * Parses an SNS envelope — the body of an SNS HTTP(S) POST, or an SQS body from a subscription without raw
     * delivery — WITHOUT verifying its signature: only for input from a trusted source. For anything else use
     * {@link io.github.vodclient.sns.SnsVerifier#verifyAndParse(String)} or
     * {@link io.github.vodclient.VodClient#handleHttpDelivery(String)}.
     *
     * @param body the envelope JSON, exactly as received
     * @return the event; an {@link UnknownEvent} for a subscription or unsubscribe confirmation
     * @throws VodParseException when the input is not an SNS envelope or its message is unusable
     */
    VodEvent parseTrustedSnsEnvelope(String body);

    /**
     * Parses one SQS message body — an SNS envelope, a raw-delivery message, or a body from the solution's own
     * queue (the whole workflow state, about 30 KB) — WITHOUT verifying a signature: for a queue only the pipeline
     * writes to (raw-delivery and solution-queue bodies carry no signature to check). An SNS envelope from a queue
     * others can write to should go through {@link io.github.vodclient.sns.SnsVerifier#verifyAndParse(String)}.
     *
     * @param body the SQS message body
     * @return the event
     * @throws VodParseException when the body is unusable
     */
    VodEvent parseTrustedSqsBody(String body);

    /**
     * Parses a bare pipeline message (the {@code Message} of an SNS envelope).
     *
     * @param message the message text
     * @return the event
     * @throws VodParseException when the message is unusable
     */
    VodEvent parseMessage(String message);

    /**
     * Parses a bare pipeline message with the subject SNS delivered it with. The subject matters only for the
     * plain-text error messages of solution v4.0–4.1, whose job guid is in the subject.
     *
     * @param message the message text
     * @param subject the SNS subject, or null
     * @return the event
     * @throws VodParseException when the message is unusable
     */
    VodEvent parseMessage(String message, String subject);

    /**
     * Configures a {@link VodEventParser}. Not thread-safe; the parser it builds is, and it reads only the limits
     * as they were when {@link #build()} ran. A limit below 1 throws {@link IllegalArgumentException} naming it.
     *
     * @since 0.1.0
     */
    interface Builder {

        /**
         * The largest whole input accepted, in bytes of UTF-8.
         *
         * @param maxInputBytes at least 1; default {@link VodEventParser#DEFAULT_MAX_INPUT_BYTES}
         * @return this builder
         * @throws IllegalArgumentException when it is below 1
         */
        Builder maxInputBytes(int maxInputBytes);

        /**
         * The largest single message or SQS body accepted, in bytes of UTF-8.
         *
         * @param maxMessageBytes at least 1; default {@link VodEventParser#DEFAULT_MAX_MESSAGE_BYTES}
         * @return this builder
         * @throws IllegalArgumentException when it is below 1
         */
        Builder maxMessageBytes(int maxMessageBytes);

        /**
         * Builds the parser.
         *
         * @return a new, thread-safe parser
         */
        VodEventParser build();
    }
}
