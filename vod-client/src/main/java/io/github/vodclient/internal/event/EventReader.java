package io.github.vodclient.internal.event;

import io.github.vodclient.internal.IsoInstants;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.internal.Limits;
import io.github.vodclient.internal.JsonReading;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.vodclient.VodParseException;
import io.github.vodclient.event.EventBatch;
import io.github.vodclient.event.ParsedRecord;
import io.github.vodclient.event.RecordFailure;
import io.github.vodclient.event.SnsMetadata;
import io.github.vodclient.event.UnknownEvent;
import io.github.vodclient.event.VodEvent;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads every delivery shape the pipeline's messages arrive in, with one streaming pass per JSON layer.
 * Thread-safe and immutable.
 */
public final class EventReader {
    /** Deepest nesting accepted; the deepest real input (the solution's SQS body) nests about 12 levels. */
    static final int MAX_NESTING_DEPTH = 100;

    /**
     * Most records read from one Lambda event: an SQS event source delivers at most 10,000 messages per batch, SNS
     * one. A bound, so that {@code "Records":[{},{},...]} cannot become millions of records and errors.
     */
    static final int MAX_RECORDS = 10_000;

    /** Room for the envelope's own fields around a message of the maximum size in an SQS body. */
    static final int ENVELOPE_OVERHEAD_BYTES = 16 * 1024;

    private final JsonFactory json;
    private final int maxMessageBytes;

    /**
     * Creates a reader.
     *
     * @param maxInputBytes the largest whole input accepted
     * @param maxMessageBytes the largest single message or SQS body accepted
     */
    public EventReader(int maxInputBytes, int maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(Math.max(maxInputBytes, 1))
                        .maxNumberLength(100)
                        .build())
                .build();
    }

    /** What the top level of an input turned out to be. */
    enum Shape { LAMBDA_EVENT, SNS_ENVELOPE, PUBLISH_REQUEST, MESSAGE }

    /** Reads any supported input: Lambda SNS or SQS event, SNS envelope, SQS body, or bare message. */
    public EventBatch readAny(String text) {
        return read(text, null);
    }

    /** Reads a Lambda event ({@code Records[]}) of SNS records or of SQS records. */
    public EventBatch readLambdaEvent(String text, String expectedSource) {
        return read(text, expectedSource);
    }

    /** Reads an SNS envelope (HTTP POST body, or SQS body of a non-raw subscription). */
    public VodEvent readSnsEnvelope(String text) {
        TopLevel top = readTop(text, "input", true);
        if (top.shape != Shape.SNS_ENVELOPE) {
            throw new VodParseException("input is not an SNS envelope: it has no Type, TopicArn and Message");
        }
        return envelopeEvent(top.envelope.build(), "input");
    }

    /**
     * Reads the raw fields of an SNS envelope (HTTP POST body, or SQS body of a non-raw subscription) for signature
     * verification. Stricter than {@link #readSnsEnvelope}: an envelope field that appears twice is an error. The
     * caller checks the input's size.
     */
    public SnsEnvelope readRawEnvelope(String text) {
        TopLevel top = readTop(text, "input", false);
        if (top.shape != Shape.SNS_ENVELOPE) {
            throw new VodParseException("input is not an SNS envelope: it has no Type, TopicArn and Message");
        }
        if (top.envelope.duplicate != null) {
            throw new VodParseException("input has the envelope field " + top.envelope.duplicate + " more than once");
        }
        return top.envelope.build();
    }

    /** The typed event of an envelope read by {@link #readRawEnvelope} (and verified by the caller). */
    public VodEvent eventOf(SnsEnvelope envelope) {
        return envelopeEvent(envelope, "input");
    }

    /**
     * One body as received, for a caller that verifies signatures: the raw SNS envelope when the body is one (an
     * envelope field given twice is an error, as in {@link #readRawEnvelope}), else the event of the unsigned body.
     */
    public record Body(SnsEnvelope envelope, VodEvent event) {
    }

    /** One record of a Lambda event, unparsed: an SNS record's envelope, or an SQS record's body. */
    public record RawRecord(int index, Optional<String> recordId, SnsEnvelope snsRecord, String sqsBody,
            VodParseException error) {
    }

    /**
     * Reads a delivery for a caller that verifies signatures: the records of a Lambda event, unparsed; or, for any
     * other input, its {@link Body}.
     *
     * @return the Lambda records, or null when the input is not a Lambda event (then see {@link #readBody})
     */
    public List<RawRecord> readLambdaRecords(String text) {
        if (LegacyErrors.isPlainTextError(text)) {
            return null;
        }
        TopLevel top = readTop(text, "input", true);
        if (top.shape != Shape.LAMBDA_EVENT) {
            return null;
        }
        List<RawRecord> records = new ArrayList<>(top.records.size());
        for (LambdaRecord r : top.records) {
            VodParseException error = r.error;
            if (error == null && r.sns == null && r.body == null) {
                error = new VodParseException("Records[" + r.index + "] is neither an SNS record (Sns) nor an SQS "
                        + "record (body)" + (r.eventSource != null
                        ? " (eventSource " + Untrusted.escape(r.eventSource) + ")" : ""));
            }
            if (error == null && r.body != null && r.body.length() > maxMessageBytes + ENVELOPE_OVERHEAD_BYTES) {
                error = new VodParseException("Records[" + r.index + "].body is larger than the limit of "
                        + (maxMessageBytes + ENVELOPE_OVERHEAD_BYTES) + " bytes");
            }
            records.add(new RawRecord(r.index, Optional.ofNullable(r.recordId()),
                    r.sns != null ? r.sns.build() : null, r.body, error));
        }
        return records;
    }

    /** Reads one body or single input; see {@link Body}. */
    public Body readBody(String text, String path) {
        Limits.check(text, path, maxMessageBytes + ENVELOPE_OVERHEAD_BYTES);
        if (LegacyErrors.isPlainTextError(text)) {
            return new Body(null, plainTextError(text, path));
        }
        TopLevel top = readTop(text, path, false);
        if (top.shape == Shape.SNS_ENVELOPE) {
            if (top.envelope.duplicate != null) {
                throw new VodParseException(path + " has the envelope field " + top.envelope.duplicate
                        + " more than once");
            }
            return new Body(top.envelope.build(), null);
        }
        return new Body(null, single(top, text, path));
    }

    /** The typed event of a Lambda SNS record (the Lambda was invoked by SNS itself: trusted). */
    public VodEvent eventOfRecord(RawRecord record) {
        return envelopeEvent(record.snsRecord(), "Records[" + record.index() + "].Sns");
    }

    /** Reads an SQS message body: an SNS envelope, a raw-delivery message, or the solution's own queue body. */
    public VodEvent readSqsBody(String text) {
        Limits.check(text, "SQS body", maxMessageBytes + ENVELOPE_OVERHEAD_BYTES);
        if (LegacyErrors.isPlainTextError(text)) {
            return plainTextError(text, "body");
        }
        return single(readTop(text, "body", false), text, "body");
    }

    /** Reads a bare pipeline message, optionally with the SNS subject it was published with. */
    public VodEvent readMessage(String message, String subject) {
        Limits.check(message, "message", maxMessageBytes);
        return message(message, "message", subject, Optional.empty());
    }

    private EventBatch read(String text, String expectedSource) {
        if (expectedSource == null && LegacyErrors.isPlainTextError(text)) {
            return new EventBatch(List.of(new ParsedRecord(0, Optional.empty(), plainTextError(text, "input"))),
                    List.of());
        }
        TopLevel top = readTop(text, "input", true);
        if (expectedSource != null && top.shape != Shape.LAMBDA_EVENT) {
            throw new VodParseException("input is not a Lambda " + expectedSource + " event: it has no Records array");
        }
        if (top.shape != Shape.LAMBDA_EVENT) {
            VodEvent event = single(top, text, "input");
            Optional<String> id = event.sns().map(SnsMetadata::messageId);
            return new EventBatch(List.of(new ParsedRecord(0, id, event)), List.of());
        }
        List<ParsedRecord> parsed = new ArrayList<>(top.records.size());
        List<RecordFailure> failures = new ArrayList<>(0);
        for (LambdaRecord record : top.records) {
            Optional<String> id = Optional.ofNullable(record.recordId());
            try {
                parsed.add(new ParsedRecord(record.index, id, recordEvent(record, expectedSource)));
            } catch (VodParseException e) {
                failures.add(new RecordFailure(record.index, id, e));
            }
        }
        return new EventBatch(parsed, failures);
    }

    private VodEvent single(TopLevel top, String text, String path) {
        if (top.shape == Shape.SNS_ENVELOPE) {
            return envelopeEvent(top.envelope.build(), path);
        }
        if (top.shape == Shape.PUBLISH_REQUEST) {
            // {"Subject", "Message"}: what the pipeline passes to SNS Publish, as stored or replayed by tools.
            String message = top.envelope.message;
            Limits.check(message, path + ".Message", maxMessageBytes);
            return message(message, path + ".Message", top.envelope.subject, Optional.empty());
        }
        Limits.check(text, path, maxMessageBytes);
        return top.fields.toEvent(text, null, Optional.empty());
    }

    private VodEvent recordEvent(LambdaRecord record, String expectedSource) {
        if (record.error != null) {
            throw record.error;
        }
        String path = "Records[" + record.index + "]";
        if (record.sns != null) {
            if ("SQS".equals(expectedSource)) {
                throw new VodParseException(path + " is an SNS record, not an SQS record");
            }
            return envelopeEvent(record.sns.build(), path + ".Sns");
        }
        if (record.body != null) {
            if ("SNS".equals(expectedSource)) {
                throw new VodParseException(path + " is an SQS record, not an SNS record");
            }
            Limits.check(record.body, path + ".body", maxMessageBytes + ENVELOPE_OVERHEAD_BYTES);
            if (LegacyErrors.isPlainTextError(record.body)) {
                return plainTextError(record.body, path + ".body");
            }
            return single(readTop(record.body, path + ".body", false), record.body, path + ".body");
        }
        String source = record.eventSource != null ? " (eventSource " + Untrusted.escape(record.eventSource)
                + ")" : "";
        throw new VodParseException(path + " is neither an SNS record (Sns) nor an SQS record (body)" + source);
    }

    private VodEvent envelopeEvent(SnsEnvelope envelope, String path) {
        String type = envelope.type() != null ? envelope.type() : "Notification";
        String messagePath = path + ".Message";
        String message = required(envelope.message(), messagePath);
        Limits.check(message, messagePath, maxMessageBytes);
        SnsMetadata sns = new SnsMetadata(type, required(envelope.messageId(), path, "MessageId"),
                required(envelope.topicArn(), path, "TopicArn"), Optional.ofNullable(envelope.subject()),
                instant(required(envelope.timestamp(), path, "Timestamp"), path, "Timestamp"));
        if (!type.equals("Notification")) {
            return new UnknownEvent(Optional.empty(), Optional.empty(),
                    "SNS " + Untrusted.escape(type) + ", not a pipeline notification", Optional.of(sns), message);
        }
        return message(message, messagePath, envelope.subject(), Optional.of(sns));
    }

    private VodEvent message(String message, String path, String subject, Optional<SnsMetadata> sns) {
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
        try (JsonParser p = json.createParser(message)) {
            p.nextToken();
            MessageFields fields = new MessageFields(path);
            String name;
            while ((name = p.nextFieldName()) != null) {
                fields.accept(name, p.nextToken(), p);
            }
            expectEnd(p, path);
            return fields.toEvent(message, subject, sns);
        } catch (JsonProcessingException e) {
            throw malformed(path, e);
        } catch (IOException e) {
            throw new VodParseException(path + " could not be read", e);
        }
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
            expectEnd(p, path);
            top.shape = top.records != null ? Shape.LAMBDA_EVENT
                    : top.envelope.looksLikeEnvelope() ? Shape.SNS_ENVELOPE
                    : top.envelope.message != null ? Shape.PUBLISH_REQUEST : Shape.MESSAGE;
            return top;
        } catch (JsonProcessingException e) {
            throw malformed(path, e);
        } catch (IOException e) {
            throw new VodParseException(path + " could not be read", e);
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

    private static void expectEnd(JsonParser p, String path) throws IOException {
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
            throw new VodParseException(path + " has content after the end of the JSON object");
        }
    }

    private static String required(String value, String path) {
        if (value == null) {
            throw new VodParseException(path + " is missing");
        }
        return value;
    }

    /** {@link #required(String, String)} of the field {@code parent.field}; the path is built only on error. */
    private static String required(String value, String parent, String field) {
        return value != null ? value : required(null, parent + "." + field);
    }

    private static Instant instant(String value, String parent, String field) {
        try {
            return IsoInstants.parse(value);
        } catch (DateTimeParseException e) {
            throw new VodParseException(parent + "." + field + " is not an ISO-8601 instant: "
                    + Untrusted.quote(value));
        }
    }

    private static VodParseException malformed(String path, JsonProcessingException e) {
        return new VodParseException(path + " is not valid JSON: " + e.getOriginalMessage()
                + location(e), e);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** The top level of one JSON layer. */
    private static final class TopLevel {
        final EnvelopeFields envelope = new EnvelopeFields();
        final MessageFields fields;
        List<LambdaRecord> records;
        Shape shape;

        TopLevel(String path) {
            this.fields = new MessageFields(path);
        }
    }

    /** One element of a Lambda event's {@code Records} array: an SNS record or an SQS record. */
    private static final class LambdaRecord {
        final int index;
        EnvelopeFields sns;
        String body;
        String messageId;
        String eventSource;
        VodParseException error;

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
                        body = JsonReading.string(p, t, path(name));
                        break;
                    case "messageId":
                        messageId = JsonReading.string(p, t, path(name));
                        break;
                    case "eventSource":
                    case "EventSource":
                        eventSource = JsonReading.text(p, t, path(name));
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
