package io.github.vodclient.testing.internal.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of a started local stack, stopped together: by {@link #close()}, or by a shutdown hook when the JVM
 * exits first. The hook is registered before the first part starts, so a JVM that exits during start-up stops what
 * already runs too. Thread-safe.
 */
public final class RunningStack implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningStack.class);

    private final Path directory;
    /** Stopped in reverse order. */
    private final List<AutoCloseable> parts = new ArrayList<>();
    private final List<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();
    private final Thread shutdownHook;
    private volatile StackSettings settings;
    private volatile URI s3Endpoint;
    private volatile URI dynamoDbEndpoint;
    private boolean closed;

    RunningStack(Path directory, StackSettings settings) {
        this.directory = directory;
        this.settings = settings;
        this.shutdownHook = new Thread(this::close, "local-vod-stack-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Registers a part to stop; a part added after {@link #close()} is stopped at once. */
    void add(AutoCloseable part) {
        synchronized (this) {
            if (!closed) {
                parts.add(part);
                return;
            }
        }
        StackResources.closeAll(List.of(part));
    }

    void settings(StackSettings settings) {
        this.settings = settings;
    }

    void endpoints(URI s3, URI dynamoDb) {
        this.s3Endpoint = s3;
        this.dynamoDbEndpoint = dynamoDb;
    }

    /**
     * What the stack was deployed with.
     *
     * @return its settings
     */
    public StackSettings settings() {
        return settings;
    }

    /**
     * The S3 server's address.
     *
     * @return {@code http://127.0.0.1:port}
     */
    public URI s3Endpoint() {
        return s3Endpoint;
    }

    /**
     * DynamoDB Local's address.
     *
     * @return {@code http://127.0.0.1:port}
     */
    public URI dynamoDbEndpoint() {
        return dynamoDbEndpoint;
    }

    /**
     * Adds a subscriber of the topic.
     *
     * @param subscriber called with each Lambda SNS event
     */
    public void subscribe(Consumer<String> subscriber) {
        subscribers.add(Objects.requireNonNull(subscriber, "subscriber"));
    }

    void deliver(PipelineMessages.Published published) {
        String event = PipelineMessages.lambdaEvent(published, settings.topicArn(), Clock.systemUTC().instant());
        for (Consumer<String> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("a subscriber of the local stack threw on {}", published.subject().trim(), e);
            }
        }
    }

    /** Stops every part, the servers' processes included, and deletes the stack's files. Idempotent. */
    @Override
    public void close() {
        List<AutoCloseable> toStop;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toStop = List.copyOf(parts);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // called from the hook itself
        }
        StackResources.closeAll(toStop);
        StackResources.deleteRecursively(directory);
    }
}
