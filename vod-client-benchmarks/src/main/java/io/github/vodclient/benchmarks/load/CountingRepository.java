package io.github.vodclient.benchmarks.load;

import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wraps the store's repository: counts compare-and-sets that lost a race (each one is a retry by the library). For
 * the fault runs it throws on a share of the calls, like a repository whose database hiccups, or makes a share of
 * the compare-and-sets lose without writing, like a video under heavy contention, so that the library gives up.
 */
final class CountingRepository implements VideoRepository {
    final AtomicLong casLost = new AtomicLong();
    final AtomicLong thrown = new AtomicLong();
    private final VideoRepository store;
    private final double throwRate;
    private final double loseRate;
    private final Random random;

    CountingRepository(VideoRepository store, double throwRate, double loseRate, long seed) {
        this.store = store;
        this.throwRate = throwRate;
        this.loseRate = loseRate;
        this.random = new Random(seed);
    }

    @Override
    public Optional<VideoState> findBySourceKey(String sourceKey) {
        maybeThrow();
        return store.findBySourceKey(sourceKey);
    }

    @Override
    public Optional<VideoState> findByJobGuid(String jobGuid) {
        maybeThrow();
        return store.findByJobGuid(jobGuid);
    }

    @Override
    public boolean apply(VideoUpdate update) {
        maybeThrow();
        boolean stored = !draw(loseRate) && store.apply(update);
        if (!stored) {
            casLost.incrementAndGet();
        }
        return stored;
    }

    private void maybeThrow() {
        if (draw(throwRate)) {
            thrown.incrementAndGet();
            throw new IllegalStateException("injected repository failure (fault run)");
        }
    }

    private boolean draw(double rate) {
        if (rate <= 0) {
            return false;
        }
        synchronized (random) {
            return random.nextDouble() < rate;
        }
    }
}
