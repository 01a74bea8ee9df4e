package io.github.vodclient.testing;

import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A video repository in memory for tests, with the compare-and-set the contract asks for, and hooks for tests. */
public final class InMemoryVideos implements VideoRepository {
    private final Map<String, VideoState> states = new LinkedHashMap<>();
    private final Map<String, String> sourceKeys = new LinkedHashMap<>();
    public final List<VideoUpdate> applied = new ArrayList<>();
    public int applyCalls;
    /** Runs before each compare-and-set; a test uses it to simulate a concurrent delivery. */
    public Runnable beforeApply = () -> { };
    public RuntimeException failure;

    public void add(String videoId, String sourceKey) {
        states.put(videoId, VideoState.newVideo(videoId));
        sourceKeys.put(videoId, sourceKey);
    }

    public VideoState state(String videoId) {
        return states.get(videoId);
    }

    public void overwrite(VideoState state) {
        states.put(state.videoId(), state);
    }

    @Override
    public synchronized Optional<VideoState> findBySourceKey(String sourceKey) {
        failIfAsked();
        return sourceKeys.entrySet().stream().filter(e -> e.getValue().equals(sourceKey))
                .map(e -> states.get(e.getKey())).findFirst();
    }

    @Override
    public synchronized Optional<VideoState> findByJobGuid(String jobGuid) {
        failIfAsked();
        return states.values().stream().filter(s -> s.jobGuid().equals(Optional.of(jobGuid))).findFirst();
    }

    @Override
    public synchronized boolean apply(VideoUpdate update) {
        failIfAsked();
        applyCalls++;
        beforeApply.run();
        if (!update.expected().equals(states.get(update.videoId()))) {
            return false;
        }
        states.put(update.videoId(), update.next());
        applied.add(update);
        return true;
    }

    private void failIfAsked() {
        if (failure != null) {
            throw failure;
        }
    }
}
