package io.github.vodclient.benchmarks;

import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory repository holding the one video of the fixture, always in the state a Complete event applies to
 * (Ingest of its job), so that every benchmark iteration does the same work: one look-up, one compare-and-set.
 * It counts the updates it was asked to store instead of storing them. Thread-safe.
 */
final class FixedVideos implements VideoRepository {
    private final VideoState state = new VideoState("42", EncodingStatus.INGEST, Optional.of(Fixtures.GUID),
            Optional.of(Instant.parse("2025-09-01T12:00:01.512Z")));
    final AtomicLong applied = new AtomicLong();

    @Override
    public Optional<VideoState> findBySourceKey(String sourceKey) {
        return sourceKey.equals(Fixtures.SOURCE_KEY) ? Optional.of(state) : Optional.empty();
    }

    @Override
    public Optional<VideoState> findByJobGuid(String jobGuid) {
        return jobGuid.equals(Fixtures.GUID) ? Optional.of(state) : Optional.empty();
    }

    @Override
    public boolean apply(VideoUpdate update) {
        applied.incrementAndGet();
        return update.expected().equals(state);
    }
}
