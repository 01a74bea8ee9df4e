package io.github.vodclient.internal.client;

import io.github.vodclient.BatchResult;
import io.github.vodclient.DeliveryResult;
import io.github.vodclient.VodClient;
import io.github.vodclient.VodException;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.internal.Limits;
import io.github.vodclient.internal.event.EventReader.Accept;
import io.github.vodclient.internal.event.EventReader;
import io.github.vodclient.internal.event.Trust;
import io.github.vodclient.internal.job.DefaultVodJobs;
import io.github.vodclient.internal.sns.DefaultSnsVerifier;
import io.github.vodclient.internal.upload.DefaultVodUploads;
import io.github.vodclient.internal.video.JobLookup;
import io.github.vodclient.internal.video.VideoEventHandler;
import io.github.vodclient.job.VodJobs;
import io.github.vodclient.playback.VodPlayback;
import io.github.vodclient.sns.SnsMessage;
import io.github.vodclient.sns.SubscriptionHandler;
import io.github.vodclient.upload.VodUploads;
import io.github.vodclient.video.HandleResult;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link VodClient} implementation: composes uploads, look-ups, verification and event handling, and is the
 * client's end of the delivery route, reading a delivery with the client's trust policy and applying each event.
 * Lambda SNS records are trusted (SNS invoked the function); an SNS envelope anywhere else is verified; unsigned
 * bodies (raw delivery, the solution's own queue, bare messages) are taken as coming from the application's own
 * queue. An HTTP delivery must be a verified envelope no older than the maximum message age.
 */
public final class DefaultVodClient implements VodClient {
    private final int maxInput;
    private final EventReader reader;
    // The parts are built with the client, from their immutable configurations; each creates its AWS clients on
    // first use and closes them with this client.
    private final Optional<VodUploads> uploads;
    private final Optional<VodJobs> jobs;
    /** Confirms subscriptions to the topics the verifier allows; present when it allows any. */
    private final Optional<SubscriptionHandler> subscriptions;
    private final DefaultSnsVerifier verifier;
    /** Absent without a video repository: the delivery entry points then fail, naming the setting. */
    private final Optional<VideoEventHandler> handler;
    private final Trust queueTrust;
    private final Trust httpTrust;
    private final Optional<VodPlayback> playback;
    private volatile boolean closed;

    /** Takes the builder's settings as they are now; the builder is not kept. */
    DefaultVodClient(ClientBuilder settings) {
        this.maxInput = settings.parser.maxInputBytes();
        this.reader = new EventReader(maxInput, settings.parser.maxMessageBytes());
        this.uploads = settings.uploadSettings().map(DefaultVodUploads::new);
        this.jobs = settings.jobsConfig().map(DefaultVodJobs::new);
        this.verifier = settings.verification.verifier();
        this.subscriptions = settings.subscriptions(verifier.allowedTopicArns());
        JobLookup lookup = jobs.isPresent() ? new JobFactsLookup(this::jobs) : JobLookup.NONE;
        this.handler = Optional.ofNullable(settings.repository).map(repository -> new VideoEventHandler(repository,
                lookup, settings.listener, settings.strictMediaInfo, settings.failOnUnknownVideo));
        // The verifier is asked for on the first envelope that needs it, and refuses when no topic is allowed: a
        // client without a topic still handles Lambda SNS events and unsigned bodies.
        this.queueTrust = (envelope, path) -> verifier().trust(null).message(envelope, path);
        Duration maxHttpDeliveryAge = settings.maxHttpDeliveryAge;
        this.httpTrust = (envelope, path) -> verifier().trust(maxHttpDeliveryAge).message(envelope, path);
        this.playback = Optional.ofNullable(settings.playback);
    }

    /** The builder behind {@link VodClient#builder()}. */
    public static VodClient.Builder builder() {
        return new ClientBuilder();
    }

    @Override
    public VodUploads uploads() {
        return part(uploads, "sourceBucket");
    }

    @Override
    public VodJobs jobs() {
        return part(jobs, "tableName");
    }

    private <T> T part(Optional<T> part, String setting) {
        checkOpen();
        return part.orElseThrow(() -> notConfigured(setting));
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this VodClient is closed");
        }
    }

    @Override
    public VodPlayback playback() {
        return playback.orElseThrow(() -> new VodException("no playback signing configured: call"
                + " VodClient.builder().playback(p -> p.keyPairId(...).privateKey(...))"));
    }

    @Override
    public BatchResult<HandleResult> handle(String delivery) {
        checkOpen();
        VideoEventHandler h = handler();
        return reader.read(delivery, Accept.ANY, queueTrust, events -> {
            JobLookup lookup = h.prefetch(events);
            return event -> h.handle(event, lookup);
        });
    }

    @Override
    public BatchResult<HandleResult> handle(byte[] delivery) {
        checkOpen();
        return handle(Limits.decode(delivery, "input", maxInput));
    }

    @Override
    public BatchResult<HandleResult> handle(InputStream delivery) {
        checkOpen();
        return handle(Limits.decode(Limits.readAll(delivery, "input", maxInput), "input", maxInput));
    }

    @Override
    public HandleResult handle(VodEvent event) {
        checkOpen();
        return handler().handle(Objects.requireNonNull(event, "event"));
    }

    @Override
    public DeliveryResult handleHttpDelivery(String body) {
        checkOpen();
        try {
            // A missing setting is answered 500 like any failure, so that SNS retries once it is fixed.
            VideoEventHandler h = handler();
            return reader.read(body, Accept.SNS_ENVELOPE, httpTrust, events -> event -> httpEvent(h, event)).values().get(0);
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    @Override
    public DeliveryResult handleHttpDelivery(byte[] body) {
        checkOpen();
        String text;
        try {
            text = Limits.decode(body, "body", maxInput);
        } catch (RuntimeException e) {
            return failed(e);
        }
        return handleHttpDelivery(text);
    }

    @Override
    public void close() {
        closed = true;
        List<Exception> failures = new ArrayList<>();
        for (Optional<? extends AutoCloseable> part : List.of(uploads, jobs, subscriptions)) {
            try {
                if (part.isPresent()) {
                    part.get().close();
                }
            } catch (Exception e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            VodException e = new VodException("closing the AWS clients failed", failures.get(0));
            failures.stream().skip(1).forEach(e::addSuppressed);
            throw e;
        }
    }

    /** A verified envelope's event: a notification is handled, a subscription confirmed, an unsubscribe reported. */
    private DeliveryResult httpEvent(VideoEventHandler h, VodEvent event) {
        SnsMessage message = event.sns().orElseThrow();
        try {
            // Compared, not switched on: a switch on another class's enum costs a synthetic class.
            SnsMessage.Type type = message.type();
            if (type == SnsMessage.Type.NOTIFICATION) {
                return new DeliveryResult(Optional.of(message), Optional.of(h.handle(event)), Optional.empty(),
                        Optional.empty());
            }
            if (type == SnsMessage.Type.SUBSCRIPTION_CONFIRMATION) {
                return new DeliveryResult(Optional.of(message), Optional.empty(),
                        Optional.of(part(subscriptions, "allowedTopicArn").confirm(message)), Optional.empty());
            }
            // An UnsubscribeConfirmation is reported, never acted on.
            return new DeliveryResult(Optional.of(message), Optional.empty(), Optional.empty(), Optional.empty());
        } catch (RuntimeException e) {
            return new DeliveryResult(Optional.of(message), Optional.empty(), Optional.empty(), Optional.of(e));
        }
    }

    /** A delivery refused before its envelope could be read and verified. */
    private static DeliveryResult failed(RuntimeException e) {
        return new DeliveryResult(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(e));
    }

    private VideoEventHandler handler() {
        return handler.orElseThrow(() -> notConfigured("videoRepository"));
    }

    private DefaultSnsVerifier verifier() {
        if (subscriptions.isEmpty()) {
            throw new VodException("allowedTopicArn is not configured on this VodClient: SNS envelopes "
                    + "cannot be trusted without the pipeline's topic");
        }
        return verifier;
    }

    private static VodException notConfigured(String what) {
        return new VodException(what + " is not configured on this VodClient");
    }
}
