package io.github.vodclient.internal.event;

import io.github.vodclient.BatchResult;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.internal.Limits;
import io.github.vodclient.internal.event.EventReader.Accept;
import java.io.InputStream;

/**
 * The implementation of {@link VodEventParser}: each entry point is the one {@link EventReader} route with the shape
 * it accepts. Immutable and thread-safe.
 */
final class DefaultVodEventParser implements VodEventParser {
    private final int maxInputBytes;
    private final int maxMessageBytes;
    private final EventReader reader;

    DefaultVodEventParser(int maxInputBytes, int maxMessageBytes) {
        this.maxInputBytes = maxInputBytes;
        this.maxMessageBytes = maxMessageBytes;
        this.reader = new EventReader(maxInputBytes, maxMessageBytes);
    }

    @Override
    public BatchResult<VodEvent> parse(String input) {
        return reader.read(input, Accept.ANY, Trust.TRUSTED, EventReader.EVENTS);
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
        return reader.read(lambdaEvent, Accept.LAMBDA_SNS_EVENT, Trust.TRUSTED, EventReader.EVENTS);
    }

    @Override
    public BatchResult<VodEvent> parseLambdaSqsEvent(String lambdaEvent) {
        return reader.read(lambdaEvent, Accept.LAMBDA_SQS_EVENT, Trust.TRUSTED, EventReader.EVENTS);
    }

    @Override
    public VodEvent parseTrustedSnsEnvelope(String body) {
        return only(reader.read(body, Accept.SNS_ENVELOPE, Trust.TRUSTED, EventReader.EVENTS));
    }

    @Override
    public VodEvent parseTrustedSqsBody(String body) {
        return only(reader.read(body, Accept.SQS_BODY, Trust.TRUSTED, EventReader.EVENTS));
    }

    @Override
    public VodEvent parseMessage(String message) {
        return parseMessage(message, null);
    }

    @Override
    public VodEvent parseMessage(String message, String subject) {
        return reader.readMessage(message, subject);
    }

    /** The event of a single-record input: keeping an event cannot fail, so there is exactly one. */
    private static VodEvent only(BatchResult<VodEvent> single) {
        return single.values().get(0);
    }
}
