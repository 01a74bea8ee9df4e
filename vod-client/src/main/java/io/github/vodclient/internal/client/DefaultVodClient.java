package io.github.vodclient.internal.client;

import io.github.vodclient.BatchResult;
import io.github.vodclient.DeliveryResult;
import io.github.vodclient.VodClient;
import io.github.vodclient.VodException;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.internal.Limits;
import io.github.vodclient.internal.event.EventReader;
import io.github.vodclient.internal.sns.DefaultSnsVerifier;
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

/** The {@link VodClient} implementation: composes uploads, look-ups, verification and event handling lazily. */
public final class DefaultVodClient implements VodClient {
    private static final int MAX_INPUT = VodEventParser.DEFAULT_MAX_INPUT_BYTES;

    private final ClientConfig config;
    private final EventReader reader = new EventReader(VodEventParser.DEFAULT_MAX_INPUT_BYTES,
            VodEventParser.DEFAULT_MAX_MESSAGE_BYTES);
    private final Lazy<VodUploads> uploads;
    private final Lazy<VodJobs> jobs;
    private final Lazy<SubscriptionHandler> subscriptions;
    private final Object verifierLock = new Object();
    private volatile DefaultSnsVerifier verifier;
    private volatile VideoEventHandler handler;
    private volatile DeliveryHandler deliveries;

    DefaultVodClient(ClientConfig config) {
        this.config = config;
        this.uploads = new Lazy<>(this::newUploads);
        this.jobs = new Lazy<>(this::newJobs);
        this.subscriptions = new Lazy<>(this::newSubscriptions);
    }

    /** The builder behind {@link VodClient#builder()}. */
    public static VodClient.Builder builder() {
        return new ClientBuilder();
    }

    @Override
    public VodUploads uploads() {
        return uploads.get();
    }

    @Override
    public VodJobs jobs() {
        return jobs.get();
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
        return handle(Limits.decode(delivery, "input", MAX_INPUT));
    }

    @Override
    public BatchResult<HandleResult> handle(InputStream delivery) {
        return handle(Limits.decode(Limits.readAll(delivery, "input", MAX_INPUT), "input", MAX_INPUT));
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
            text = Limits.decode(body, "body", MAX_INPUT);
        } catch (RuntimeException e) {
            return DeliveryHandler.failed(e);
        }
        return handleHttpDelivery(text);
    }

    @Override
    public void close() {
        List<Exception> failures = new ArrayList<>();
        for (Lazy<?> lazy : List.of(uploads, jobs, subscriptions)) {
            try {
                lazy.close();
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
            d = new DeliveryHandler(reader, this::verifier, handler(), subscriptions::get, config.maxMessageAge());
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
                JobLookup lookup = config.tableName().isPresent() || config.dynamoDbClient().isPresent()
                        ? new JobFactsLookup(jobs::get) : JobLookup.NONE;
                handler = new VideoEventHandler(config.repository().orElseThrow(
                        () -> DeliveryHandler.notConfigured("videoRepository")), lookup, config.listener(),
                        config.strictMediaInfo(), config.failOnUnknownVideo());
            }
            return handler;
        }
    }

    private DefaultSnsVerifier verifier() {
        DefaultSnsVerifier v = verifier;
        if (v != null) {
            return v;
        }
        synchronized (verifierLock) {
            if (verifier == null) {
                if (config.allowedTopicArns().isEmpty()) {
                    throw new VodException("allowedTopicArn is not configured on this VodClient: SNS envelopes "
                            + "cannot be trusted without the pipeline's topic");
                }
                SnsVerifier.Builder b = SnsVerifier.builder().allowedTopicArns(config.allowedTopicArns())
                        .clock(config.clock());
                config.certificateSource().ifPresent(b::certificateSource);
                verifier = (DefaultSnsVerifier) b.build();
            }
            return verifier;
        }
    }

    private VodUploads newUploads() {
        VodUploads.Builder b = VodUploads.builder().bucket(config.sourceBucket().orElseThrow(
                () -> DeliveryHandler.notConfigured("sourceBucket")));
        if (config.s3Client().isPresent()) {
            b.s3Client(config.s3Client().get()).presigner(config.s3Presigner().orElseThrow());
        } else {
            config.region().ifPresent(b::region);
            config.credentials().ifPresent(b::credentialsProvider);
            config.s3Endpoint().ifPresent(endpoint -> b.endpointOverride(endpoint).pathStyle(true));
            config.apiCallTimeout().ifPresent(b::apiCallTimeout);
            config.apiCallAttemptTimeout().ifPresent(b::apiCallAttemptTimeout);
        }
        return b.build();
    }

    private VodJobs newJobs() {
        VodJobs.Builder b = VodJobs.builder().tableName(config.tableName().orElseThrow(
                () -> DeliveryHandler.notConfigured("tableName")));
        if (config.dynamoDbClient().isPresent()) {
            b.dynamoDbClient(config.dynamoDbClient().get());
        } else {
            config.region().ifPresent(b::region);
            config.credentials().ifPresent(b::credentialsProvider);
            config.dynamoDbEndpoint().ifPresent(b::endpointOverride);
            config.apiCallTimeout().ifPresent(b::apiCallTimeout);
            config.apiCallAttemptTimeout().ifPresent(b::apiCallAttemptTimeout);
        }
        return b.build();
    }

    private SubscriptionHandler newSubscriptions() {
        SubscriptionHandler.Builder b = SubscriptionHandler.builder().allowedTopicArns(config.allowedTopicArns());
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
