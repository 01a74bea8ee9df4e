package io.github.vodclient.internal.client;

import io.github.vodclient.BatchResult;
import io.github.vodclient.DeliveryResult;
import io.github.vodclient.VodClient;
import io.github.vodclient.VodException;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.internal.Limits;
import io.github.vodclient.internal.event.EventReader;
import io.github.vodclient.internal.job.DefaultVodJobs;
import io.github.vodclient.internal.sns.DefaultSnsVerifier;
import io.github.vodclient.internal.upload.DefaultVodUploads;
import io.github.vodclient.internal.video.JobLookup;
import io.github.vodclient.internal.video.VideoEventHandler;
import io.github.vodclient.job.VodJobs;
import io.github.vodclient.playback.VodPlayback;
import io.github.vodclient.sns.SnsVerifier;
import io.github.vodclient.sns.SubscriptionHandler;
import io.github.vodclient.upload.VodUploads;
import io.github.vodclient.video.HandleResult;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@link VodClient} implementation: composes uploads, look-ups, verification and event handling lazily. */
public final class DefaultVodClient implements VodClient {
    private final ClientConfig config;
    private final int maxInput;
    private final EventReader reader;
    // The parts are built with the client, from their immutable configurations; each creates its AWS clients on
    // first use and closes them with this client.
    private final Optional<VodUploads> uploads;
    private final Optional<VodJobs> jobs;
    private final Optional<SubscriptionHandler> subscriptions;
    private final DefaultSnsVerifier verifier;
    private volatile boolean closed;
    private volatile VideoEventHandler handler;
    private volatile DeliveryHandler deliveries;

    DefaultVodClient(ClientConfig config) {
        this.config = config;
        this.maxInput = config.maxInputBytes();
        this.reader = new EventReader(config.maxInputBytes(), config.maxMessageBytes());
        this.uploads = config.uploads().map(DefaultVodUploads::new);
        this.jobs = config.jobs().map(DefaultVodJobs::new);
        this.verifier = config.verification();
        this.subscriptions = config.verification().allowedTopicArns().isEmpty() ? Optional.empty()
                : Optional.of(newSubscriptions());
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
        if (closed) {
            throw new IllegalStateException("this VodClient is closed");
        }
        return part.orElseThrow(() -> DeliveryHandler.notConfigured(setting));
    }

    @Override
    public VodPlayback playback() {
        return config.playback().orElseThrow(() -> new VodException("no playback signing configured: call"
                + " VodClient.builder().playback(p -> p.keyPairId(...).privateKey(...))"));
    }

    @Override
    public BatchResult<HandleResult> handle(String delivery) {
        return deliveries().handle(delivery);
    }

    @Override
    public BatchResult<HandleResult> handle(byte[] delivery) {
        return handle(Limits.decode(delivery, "input", maxInput));
    }

    @Override
    public BatchResult<HandleResult> handle(InputStream delivery) {
        return handle(Limits.decode(Limits.readAll(delivery, "input", maxInput), "input", maxInput));
    }

    @Override
    public HandleResult handle(VodEvent event) {
        return handler().handle(Objects.requireNonNull(event, "event"));
    }

    @Override
    public DeliveryResult handleHttpDelivery(String body) {
        DeliveryHandler d;
        try {
            d = deliveries();
        } catch (RuntimeException e) {
            return DeliveryHandler.failed(e);   // a missing setting: answered 500, so SNS retries once it is fixed
        }
        return d.handleHttp(body);
    }

    @Override
    public DeliveryResult handleHttpDelivery(byte[] body) {
        String text;
        try {
            text = Limits.decode(body, "body", maxInput);
        } catch (RuntimeException e) {
            return DeliveryHandler.failed(e);
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

    private DeliveryHandler deliveries() {
        DeliveryHandler d = deliveries;
        if (d == null) {
            d = new DeliveryHandler(reader, this::verifier, handler(), () -> part(subscriptions, "allowedTopicArn"),
                    config.maxHttpDeliveryAge());
            deliveries = d;
        }
        return d;
    }

    private VideoEventHandler handler() {
        VideoEventHandler h = handler;
        if (h != null) {
            return h;
        }
        synchronized (this) {
            if (handler == null) {
                JobLookup lookup = jobs.isPresent() ? new JobFactsLookup(this::jobs) : JobLookup.NONE;
                handler = new VideoEventHandler(config.repository().orElseThrow(
                        () -> DeliveryHandler.notConfigured("videoRepository")), lookup, config.listener(),
                        config.strictMediaInfo(), config.failOnUnknownVideo());
            }
            return handler;
        }
    }

    private DefaultSnsVerifier verifier() {
        if (config.verification().allowedTopicArns().isEmpty()) {
            throw new VodException("allowedTopicArn is not configured on this VodClient: SNS envelopes "
                    + "cannot be trusted without the pipeline's topic");
        }
        return verifier;
    }

    /** Confirms subscriptions to the topics the verifier allows, with the client-wide SNS settings. */
    private SubscriptionHandler newSubscriptions() {
        SubscriptionHandler.Builder b = SubscriptionHandler.builder()
                .allowedTopicArns(config.verification().allowedTopicArns());
        if (config.snsClient().isPresent()) {
            b.snsClient(config.snsClient().get());
        } else {
            config.credentials().ifPresent(b::credentialsProvider);
            config.snsEndpoint().ifPresent(b::endpointOverride);
            config.apiCallTimeout().ifPresent(b::apiCallTimeout);
            config.apiCallAttemptTimeout().ifPresent(b::apiCallAttemptTimeout);
        }
        return b.build();
    }
}
