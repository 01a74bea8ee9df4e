package io.github.vodclient.internal.client;

import io.github.vodclient.BatchResult;
import io.github.vodclient.DeliveryResult;
import io.github.vodclient.VodException;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.WorkflowEvent;
import io.github.vodclient.internal.event.EventReader.Accept;
import io.github.vodclient.internal.event.EventReader.Step;
import io.github.vodclient.internal.event.EventReader;
import io.github.vodclient.internal.event.Trust;
import io.github.vodclient.internal.sns.DefaultSnsVerifier;
import io.github.vodclient.internal.video.JobLookup;
import io.github.vodclient.internal.video.VideoEventHandler;
import io.github.vodclient.sns.SnsMessage;
import io.github.vodclient.sns.SubscriptionHandler;
import io.github.vodclient.video.HandleResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The client's end of the delivery route: reads a delivery with the client's trust policy and applies each event.
 * Lambda SNS records are trusted (SNS invoked the function); an SNS envelope anywhere else is verified; unsigned
 * bodies (raw delivery, the solution's own queue, bare messages) are taken as coming from the application's own
 * queue. An HTTP delivery must be a verified envelope no older than the maximum message age.
 */
final class DeliveryHandler {
    private final EventReader reader;
    private final VideoEventHandler handler;
    private final Supplier<SubscriptionHandler> subscriptions;
    private final Trust queueTrust;
    private final Trust httpTrust;

    DeliveryHandler(EventReader reader, Supplier<DefaultSnsVerifier> verifier, VideoEventHandler handler,
            Supplier<SubscriptionHandler> subscriptions, Duration maxHttpDeliveryAge) {
        this.reader = reader;
        this.handler = handler;
        this.subscriptions = subscriptions;
        // The verifier is asked for on the first envelope that needs it, and refuses when no topic is allowed: a
        // client without a topic still handles Lambda SNS events and unsigned bodies.
        this.queueTrust = (envelope, path) -> verifier.get().trust(null).message(envelope, path);
        this.httpTrust = (envelope, path) -> verifier.get().trust(maxHttpDeliveryAge).message(envelope, path);
    }

    BatchResult<HandleResult> handle(String delivery) {
        return reader.read(delivery, Accept.ANY, queueTrust, new Step<>() {
            private JobLookup lookup;

            @Override
            public void prepare(List<WorkflowEvent> events) {
                lookup = handler.prefetch(events);
            }

            @Override
            public HandleResult apply(VodEvent event) {
                return lookup == null ? handler.handle(event) : handler.handle(event, lookup);
            }
        });
    }

    DeliveryResult handleHttp(String body) {
        try {
            return reader.read(body, Accept.SNS_ENVELOPE, httpTrust, this::httpEvent).values().get(0);
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    /** A delivery refused before its envelope could be read and verified. */
    static DeliveryResult failed(RuntimeException e) {
        return new DeliveryResult(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(e));
    }

    /** A verified envelope's event: a notification is handled, a subscription confirmed, an unsubscribe reported. */
    private DeliveryResult httpEvent(VodEvent event) {
        SnsMessage message = event.sns().orElseThrow();
        try {
            // Compared, not switched on: a switch on another class's enum costs a synthetic class.
            SnsMessage.Type type = message.type();
            if (type == SnsMessage.Type.NOTIFICATION) {
                return new DeliveryResult(Optional.of(message), Optional.of(handler.handle(event)),
                        Optional.empty(), Optional.empty());
            }
            if (type == SnsMessage.Type.SUBSCRIPTION_CONFIRMATION) {
                return new DeliveryResult(Optional.of(message), Optional.empty(),
                        Optional.of(subscriptions.get().confirm(message)), Optional.empty());
            }
            // An UnsubscribeConfirmation is reported, never acted on.
            return new DeliveryResult(Optional.of(message), Optional.empty(), Optional.empty(), Optional.empty());
        } catch (RuntimeException e) {
            return new DeliveryResult(Optional.of(message), Optional.empty(), Optional.empty(), Optional.of(e));
        }
    }

    static VodException notConfigured(String what) {
        return new VodException(what + " is not configured on this VodClient");
    }
}
