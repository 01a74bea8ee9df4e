package io.github.vodclient.testing.internal.local;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The source bucket's {@code s3:ObjectCreated:*} notification: lists the bucket at a fixed interval and starts a
 * workflow for every new or overwritten object whose key passes the stack's suffix filters. Like S3, each new
 * version of a key starts a new workflow with a new guid. Workflows run one at a time on one thread, so a
 * subscriber sees each job's events in order.
 */
final class SourceBucketWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SourceBucketWatcher.class);

    private final S3Client s3;
    private final StackSettings settings;
    private final Workflow workflow;
    private final ScheduledExecutorService poller;
    private final ExecutorService runner;
    /** Key to the ETag and modification time last seen; touched by the poller thread only. */
    private final Map<String, String> seen = new HashMap<>();

    private SourceBucketWatcher(S3Client s3, StackSettings settings, Workflow workflow) {
        this.s3 = s3;
        this.settings = settings;
        this.workflow = workflow;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "local-vod-stack-s3-events"));
        this.runner = Executors.newSingleThreadExecutor(r -> daemon(r, "local-vod-stack-workflow"));
    }

    static SourceBucketWatcher start(S3Client s3, StackSettings settings, Workflow workflow,
            Duration interval) {
        SourceBucketWatcher watcher = new SourceBucketWatcher(s3, settings, workflow);
        watcher.poller.scheduleWithFixedDelay(watcher::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return watcher;
    }

    private void poll() {
        try {
            for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(settings.sourceBucket())).contents()) {
                String version = object.eTag() + "@" + object.lastModified();
                String previous = seen.put(object.key(), version);
                if (!version.equals(previous) && TriggerRules.starts(settings.trigger(), object.key())) {
                    String key = object.key();
                    runner.execute(() -> run(key));
                }
            }
        } catch (RuntimeException e) {
            if (!poller.isShutdown()) {
                LOG.warn("listing the source bucket failed; trying again", e);
            }
        }
    }

    private void run(String key) {
        try {
            workflow.run(key);
        } catch (RuntimeException e) {
            LOG.warn("the local pipeline failed on {}", key, e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        poller.shutdownNow();
        runner.shutdownNow();
        poller.awaitTermination(5, TimeUnit.SECONDS);
        runner.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }
}
