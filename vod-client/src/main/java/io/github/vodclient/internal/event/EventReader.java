package io.github.vodclient.internal.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vodclient.BatchResult;
import io.github.vodclient.VodParseException;
import io.github.vodclient.event.UnknownEvent;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.event.WorkflowEvent;
import io.github.vodclient.internal.Json;
import io.github.vodclient.internal.JsonReading;
import io.github.vodclient.internal.Limits;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.sns.SnsMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The delivery route: one function, {@link #read}, from any input (a Lambda SNS or SQS event, an SNS envelope, an
 * SQS body, a bare message) to its records, one record when the input is not a Lambda event. Each JSON layer is
 * read once, in one streaming pass, and each size is checked once. It is also the {@link VodEventParser}: each of
 * its entry points is the route with the shape it accepts and every envelope trusted. Thread-safe and immutable.
 */
public final class EventReader implements VodEventParser {
    /**
     * Most records read from one Lambda event: an SQS event source delivers at most 10,000 messages per batch, SNS
     * one. A bound, so that {@code "Records":[{},{},...]} cannot become millions of records and errors.
     */
    static final int MAX_RECORDS = 10_000;

    /** Room for the envelope's own fields around a message of the maximum size in an SQS body. */
    static final int ENVELOPE_OVERHEAD_BYTES = 16 * 1024;

    /** The library's one factory ({@link Json#factory()}), held to save a call on every parse. */
    private final JsonFactory json;
    private final int maxInputBytes;
    private final int maxMessageBytes;

    /**
     * Creates a reader.
     *
     * @param maxInputBytes the largest whole input accepted
     * @param maxMessageBytes the largest single message accepted; an SQS body may be larger by the envelope's fields
     */
    public EventReader(int maxInputBytes, int maxMessageBytes) {
        this.maxInputBytes = maxInputBytes;
        this.maxMessageBytes = maxMessageBytes;
        this.json = Json.factory();
    }

    /** What the top level of an input turned out to be ({@link TopLevel#shape}). */
    private static final int LAMBDA_EVENT = 0;
    private static final int SNS_ENVELOPE = 1;
    private static final int PUBLISH_REQUEST = 2;
    private static final int MESSAGE = 3;

    /** The inputs an entry point accepts: any, or only its own shape. */
    public enum Accept {
        /** Any supported input, recognised by its shape. */
        ANY,
        /** A Lambda event whose records are SNS records. */
        LAMBDA_SNS_EVENT,
        /** A Lambda event whose records are SQS records. */
        LAMBDA_SQS_EVENT,
        /** One SNS envelope (an HTTP POST body, or an SQS body of a subscription without raw delivery). */
        SNS_ENVELOPE,
        /** One SQS body: an envelope, a raw-delivery message, or a body of the solution's own queue. */
        SQS_BODY
    }

    /**
     * The step that keeps each event as it is: the parser's. A route's step is called once per input with the
     * workflow events of a batch of more than one record (empty otherwise), before any is applied, so that a step
     * that looks something up for each event may do it for all at once; it must not throw. The function it returns
     * gives each record's value; what that throws fails the record only.
     */
    public static final Function<List<WorkflowEvent>, Function<VodEvent, VodEvent>> EVENTS =
            events -> Function.identity();

    /**
     * The route: reads the input once, checks its size once, and gives each record's event to the step. In a Lambda
     * event each bad record (unusable, or an envelope the trust policy refuses) fails alone; any other input is one
     * record, and an unusable one throws.
     *
     * @param input the input as received
     * @param accept which shapes this entry point accepts
     * @param trust whether envelopes outside Lambda SNS records are verified
     * @param step given the batch's workflow events (see {@link #EVENTS}), what each event gives
     * @return a value for each record that went through, a failure for each that did not
     * @throws VodParseException when the input as a whole is unusable or not of an accepted shape
     */
    public <T> BatchResult<T> read(String input, Accept accept, Trust trust,
            Function<List<WorkflowEvent>, Function<VodEvent, T>> step) {
        String path = "input";
        Limits.check(input, path, accept == Accept.SQS_BODY ? maxMessageBytes + ENVELOPE_OVERHEAD_BYTES
                : maxInputBytes);
        boolean lambda = accept == Accept.ANY || accept == Accept.LAMBDA_SNS_EVENT
                || accept == Accept.LAMBDA_SQS_EVENT;
        if ((accept == Accept.ANY || accept == Accept.SQS_BODY) && LegacyErrors.isPlainTextError(input)) {
            return apply(one(plainTextError(input, path)), step);
        }
        TopLevel top = readTop(input, path, lambda);
        if (top.shape == LAMBDA_EVENT) {
            return apply(records(top.records, accept, trust), step);
        }
        if (accept == Accept.LAMBDA_SNS_EVENT || accept == Accept.LAMBDA_SQS_EVENT) {
            throw new VodParseException("input is not a Lambda " + (accept == Accept.LAMBDA_SNS_EVENT ? "SNS" : "SQS")
                    + " event: it has no Records array");
        }
        if (accept == Accept.SNS_ENVELOPE && top.shape != SNS_ENVELOPE) {
            throw new VodParseException("input is not an SNS envelope: it has no Type, TopicArn and Message");
        }
        return apply(one(single(top, input, path, trust)), step);
    }

    /**
     * Reads the raw fields of one SNS envelope, for a verifier that checks them before anything else is read.
     *
     * @param text the envelope, exactly as received; the caller checked its size
     * @return the raw fields
     * @throws VodParseException when the input is not JSON or not an SNS envelope
     */
    public SnsEnvelope readEnvelope(String text) {
        TopLevel top = readTop(text, "input", false);
        if (top.shape != SNS_ENVELOPE) {
            throw new VodParseException("input is not an SNS envelope: it has no Type, TopicArn and Message");
        }
        return top.envelope.build();
    }

    /**
     * The event of an envelope's message, already read by the caller's trust policy.
     *
     * @param message the envelope's message
     * @param path how errors name the envelope
     * @return the event; an {@link UnknownEvent} for a subscription or unsubscribe confirmation
     */
    public VodEvent eventOf(SnsMessage message, String path) {
        if (message.type() != SnsMessage.Type.NOTIFICATION) {
            return new UnknownEvent(Optional.empty(), Optional.empty(), "SNS " + message.type().wireName()
                    + ", not a pipeline notification", Optional.of(message), message.message());
        }
        return message(message.message(), path + ".Message", message.subject().orElse(null), Optional.of(message));
    }

    @Override
    public BatchResult<VodEvent> parse(String input) {
        return read(input, Accept.ANY, Trust.TRUSTED, EVENTS);
    }

    @Override
    public BatchResult<VodEvent> parse(byte[] input) {
        return parse(Limits.decode(input, "input", maxInputBytes));
    }

    @Override
    public BatchResult<VodEvent> parse(InputStream input) {
        return parse(Limits.decode(Limits.readAll(input, "input", maxInputBytes), "input", maxInputBytes));
    }

    @Override
    public BatchResult<VodEvent> parseLambdaSnsEvent(String lambdaEvent) {
        return read(lambdaEvent, Accept.LAMBDA_SNS_EVENT, Trust.TRUSTED, EVENTS);
    }

    @Override
    public BatchResult<VodEvent> parseLambdaSqsEvent(String lambdaEvent) {
        return read(lambdaEvent, Accept.LAMBDA_SQS_EVENT, Trust.TRUSTED, EVENTS);
    }

    /** The event of a single-record input: keeping an event cannot fail, so there is exactly one. */
    @Override
    public VodEvent parseTrustedSnsEnvelope(String body) {
        return read(body, Accept.SNS_ENVELOPE, Trust.TRUSTED, EVENTS).values().get(0);
    }

    @Override
    public VodEvent parseTrustedSqsBody(String body) {
        return read(body, Accept.SQS_BODY, Trust.TRUSTED, EVENTS).values().get(0);
    }

    @Override
    public VodEvent parseMessage(String message) {
        return parseMessage(message, null);
    }

    /** Reads a bare pipeline message, optionally with the SNS subject it was published with. */
    @Override
    public VodEvent parseMessage(String message, String subject) {
        Limits.check(message, "message", maxMessageBytes);
        return message(message, "message", subject, Optional.empty());
    }

    /** The one batch loop: prepares the step with every workflow event, then applies it record by record. */
    private static <T> BatchResult<T> apply(List<LambdaRecord> records,
            Function<List<WorkflowEvent>, Function<VodEvent, T>> step) {
        List<WorkflowEvent> events = List.of();
        if (records.size() > 1) {
            events = new ArrayList<>(records.size());
            for (LambdaRecord record : records) {
                if (record.event instanceof WorkflowEvent workflow) {
                    events.add(workflow);
                }
            }
        }
        Function<VodEvent, T> each = step.apply(events);
        List<T> values = new ArrayList<>(records.size());
        List<BatchResult.Failure> failures = new ArrayList<>(0);
        for (LambdaRecord record : records) {
            RuntimeException error = record.error;
            if (error == null) {
                try {
                    values.add(each.apply(record.event));
                    continue;
                } catch (RuntimeException e) {
                    error = e;
                }
            }
            failures.add(new BatchResult.Failure(record.index, Optional.ofNullable(record.recordId()), error));
        }
        return new BatchResult<>(values, failures);
    }

    /** The one record of an input that is not a Lambda event, named by its SNS message id when it has one. */
    private static List<LambdaRecord> one(VodEvent event) {
        LambdaRecord record = new LambdaRecord(0);
        record.event = event;
        if (event.sns().isPresent()) {
            record.messageId = event.sns().get().messageId();
        }
        return List.of(record);
    }

    /** Reads each record's event, or keeps why it has none. */
    private List<LambdaRecord> records(List<LambdaRecord> records, Accept accept, Trust trust) {
        for (LambdaRecord record : records) {
            try {
                record.event = recordEvent(record, accept, trust);
            } catch (RuntimeException e) {
                record.error = e;
            }
        }
        return records;
    }

    private VodEvent recordEvent(LambdaRecord record, Accept accept, Trust trust) {
        if (record.error != null) {
            throw record.error;
        }
        String path = "Records[" + record.index + "]";
        if (record.sns != null) {
            if (accept == Accept.LAMBDA_SQS_EVENT) {
                throw new VodParseException(path + " is an SNS record, not an SQS record");
            }
            // SNS itself invoked the function: the record is trusted whatever the policy for other envelopes.
            return envelopeEvent(record.sns.build(), path + ".Sns", Trust.TRUSTED);
        }
        if (record.body != null) {
            if (accept == Accept.LAMBDA_SNS_EVENT) {
                throw new VodParseException(path + " is an SQS record, not an SNS record");
            }
            String bodyPath = path + ".body";
            Limits.check(record.body, bodyPath, maxMessageBytes + ENVELOPE_OVERHEAD_BYTES);
            if (LegacyErrors.isPlainTextError(record.body)) {
                return plainTextError(record.body, bodyPath);
            }
            return single(readTop(record.body, bodyPath, false), record.body, bodyPath, trust);
        }
        String source = record.eventSource != null ? " (eventSource " + Untrusted.escape(record.eventSource)
                + ")" : "";
        throw new VodParseException(path + " is neither an SNS record (Sns) nor an SQS record (body)" + source);
    }

    private VodEvent single(TopLevel top, String text, String path, Trust trust) {
        if (top.shape == SNS_ENVELOPE) {
            return envelopeEvent(top.envelope.build(), path, trust);
        }
        if (top.shape == PUBLISH_REQUEST) {
            // {"Subject", "Message"}: what the pipeline passes to SNS Publish, as stored or replayed by tools.
            String message = top.envelope.message;
            Limits.check(message, path + ".Message", maxMessageBytes);
            return message(message, path + ".Message", top.envelope.subject, Optional.empty());
        }
        Limits.check(text, path, maxMessageBytes);
        return top.fields.toEvent(text, null, Optional.empty());
    }

    /** The size of the message is checked before the trust policy spends a signature check on it. */
    private VodEvent envelopeEvent(SnsEnvelope envelope, String path, Trust trust) {
        if (envelope.message() != null) {
            Limits.check(envelope.message(), path + ".Message", maxMessageBytes);
            if (trust == Trust.TRUSTED && envelope.type() != null
                    && SnsMessage.Type.fromWireName(envelope.type()).isEmpty()) {
                // Kept, not dropped, like any message the library cannot classify; a verifier refuses it instead.
                return new UnknownEvent(Optional.empty(), Optional.empty(), "SNS " + Untrusted.escape(envelope.type())
                        + ", not a pipeline notification", Optional.empty(), envelope.message());
            }
        }
        return eventOf(trust.message(envelope, path), path);
    }

    private VodEvent message(String message, String path, String subject, Optional<SnsMessage> sns) {
        int start = 0;
        while (start < message.length() && Character.isWhitespace(message.charAt(start))) {
            start++;
        }
        if (start == message.length()) {
            throw new VodParseException(path + " is empty");
        }
        if (message.charAt(start) != '{') {
            return LegacyErrors.event(json, message, subject, sns);
        }
        return MessageFields.read(message, path).toEvent(message, subject, sns);
    }

    /** A raw-delivery body or bare input that is a v4.0–4.1 plain-text Error message, which has no subject. */
    private VodEvent plainTextError(String text, String path) {
        Limits.check(text, path, maxMessageBytes);
        return LegacyErrors.event(json, text, null, Optional.empty());
    }

    // ---- top level -------------------------------------------------------------------------------------------

    private TopLevel readTop(String text, String path, boolean allowRecords) {
        try (JsonParser p = json.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new VodParseException(path + " must be a JSON object, was " + JsonReading.describe(first));
            }
            TopLevel top = new TopLevel(path);
            // Only a bare message (shape MESSAGE) uses the message fields, and it must fit in maxMessageBytes: a
            // larger input's other fields are skipped, never materialised (a 6 MB "pad":[{},{},...] read into
            // maps took 35x its size in heap before anything checked it).
            boolean messageFields = text.length() <= maxMessageBytes;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                if (allowRecords && name.equals("Records")) {
                    top.records = readRecords(p, t);
                } else if (!top.envelope.accept(name, t, p, path)) {
                    if (messageFields) {
                        top.fields.accept(name, t, p);
                    } else {
                        p.skipChildren();
                    }
                }
            }
            JsonReading.expectEnd(p, path);
            top.shape = top.records != null ? LAMBDA_EVENT
                    : top.envelope.looksLikeEnvelope() ? SNS_ENVELOPE
                    : top.envelope.message != null ? PUBLISH_REQUEST : MESSAGE;
            return top;
        } catch (IOException e) {
            throw JsonReading.unreadable(path, e);
        }
    }

    private List<LambdaRecord> readRecords(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            throw JsonReading.wrongType("Records", "an array", t);
        }
        List<LambdaRecord> records = new ArrayList<>(1);
        JsonToken item;
        while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
            if (records.size() == MAX_RECORDS) {
                throw new VodParseException("Records has more than " + MAX_RECORDS + " records, the most a Lambda"
                        + " event carries");
            }
            LambdaRecord record = new LambdaRecord(records.size());
            records.add(record);
            if (item != JsonToken.START_OBJECT) {
                record.fail(JsonReading.wrongType("Records[" + record.index + "]", "an object", item));
                p.skipChildren();
                continue;
            }
            String name;
            while ((name = p.nextFieldName()) != null) {
                record.accept(name, p.nextToken(), p);
            }
        }
        return records;
    }

    /** The top level of one JSON layer. */
    private static final class TopLevel {
        final EnvelopeFields envelope = new EnvelopeFields();
        final MessageFields fields;
        List<LambdaRecord> records;
        int shape;

        TopLevel(String path) {
            this.fields = new MessageFields(path);
        }
    }

    /**
     * One element of a Lambda event's {@code Records} array (an SNS record or an SQS record), or the one record of
     * any other input; once read, its event or why it has none.
     */
    private static final class LambdaRecord {
        final int index;
        EnvelopeFields sns;
        String body;
        String messageId;
        String eventSource;
        VodEvent event;
        RuntimeException error;

        LambdaRecord(int index) {
            this.index = index;
        }

        String recordId() {
            return messageId != null ? messageId : sns != null ? sns.messageId : null;
        }

        void fail(VodParseException e) {
            if (error == null) {
                error = e;
            }
        }

        void accept(String name, JsonToken t, JsonParser p) throws IOException {
            try {
                switch (name) {
                    case "Sns":
                        String snsPath = path(name);
                        if (t != JsonToken.START_OBJECT) {
                            throw JsonReading.wrongType(snsPath, "an object", t);
                        }
                        sns = new EnvelopeFields();
                        String field;
                        while ((field = p.nextFieldName()) != null) {
                            JsonToken value = p.nextToken();
                            try {
                                if (!sns.accept(field, value, p, snsPath)) {
                                    p.skipChildren();
                                }
                            } catch (VodParseException e) {
                                fail(e);
                                p.skipChildren();
                            }
                        }
                        break;
                    case "body":
                        body = JsonReading.strictString(JsonReading.value(p, t, false), path(name), null);
                        break;
                    case "messageId":
                        messageId = JsonReading.strictString(JsonReading.value(p, t, false), path(name), null);
                        break;
                    case "eventSource":
                    case "EventSource":
                        eventSource = JsonReading.lenientString(JsonReading.value(p, t, false), path(name), null);
                        break;
                    default:
                        p.skipChildren();
                }
            } catch (VodParseException e) {
                fail(e);
                p.skipChildren();
            }
        }

        /** The field's path for error messages, built only when needed. */
        private String path(String name) {
            return "Records[" + index + "]." + name;
        }
    }
}
