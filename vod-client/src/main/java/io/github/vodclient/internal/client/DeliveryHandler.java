package io.github.vodclient.internal.client;

import io.github.vodclient.VodException;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.internal.event.EventReader;
import io.github.vodclient.internal.event.EventReader.Body;
import io.github.vodclient.internal.event.EventReader.RawRecord;
import io.github.vodclient.internal.sns.DefaultSnsVerifier;
import io.github.vodclient.internal.video.VideoEventHandler;
import io.github.vodclient.video.BatchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a delivery into handled events, verifying what can be verified: Lambda SNS records are trusted (SNS
 * invoked the function); an SNS envelope anywhere else is verified; unsigned bodies (raw delivery, the solution's
 * own queue, bare messages) are taken as coming from the application's own queue.
 */
final class DeliveryHandler {
    private final EventReader reader;
    private final Supplier<DefaultSnsVerifier> verifier;
    private final VideoEventHandler handler;

    DeliveryHandler(EventReader reader, Supplier<DefaultSnsVerifier> verifier, VideoEventHandler handler) {
        this.reader = reader;
        this.verifier = verifier;
        this.handler = handler;
    }

    BatchResult handle(String delivery) {
        List<RawRecord> records = reader.readLambdaRecords(delivery);
        if (records == null) {
            Body body = reader.readBody(delivery, "input");
            VodEvent event = event(body);
            Optional<String> id = event.sns().map(sns -> sns.messageId());
            try {
                return new BatchResult(List.of(new BatchResult.HandledRecord(0, id, handler.handle(event))), List.of());
            } catch (RuntimeException e) {
                return new BatchResult(List.of(), List.of(new BatchResult.FailedRecord(0, id, e)));
            }
        }
        List<BatchResult.HandledRecord> handled = new ArrayList<>(records.size());
        List<BatchResult.FailedRecord> failed = new ArrayList<>(0);
        for (RawRecord record : records) {
            try {
                if (record.error() != null) {
                    throw record.error();
                }
                VodEvent event = record.snsRecord() != null
                        ? reader.eventOfRecord(record)
                        : event(reader.readBody(record.sqsBody(), "Records[" + record.index() + "].body"));
                handled.add(new BatchResult.HandledRecord(record.index(), record.recordId(), handler.handle(event)));
            } catch (RuntimeException e) {
                failed.add(new BatchResult.FailedRecord(record.index(), record.recordId(), e));
            }
        }
        return new BatchResult(handled, failed);
    }

    private VodEvent event(Body body) {
        if (body.envelope() == null) {
            return body.event();
        }
        verifier.get().verify(body.envelope());
        return reader.eventOf(body.envelope());
    }

    static VodException notConfigured(String what) {
        return new VodException(what + " is not configured on this VodClient");
    }
}
