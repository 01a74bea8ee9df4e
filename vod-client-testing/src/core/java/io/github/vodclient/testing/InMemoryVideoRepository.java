package io.github.vodclient.testing;

import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference {@link VideoRepository}: videos in memory, with exactly the semantics a real repository must match,
 * plus failure injection and a history of stored states for tests.
 *
 * <p>The semantics, which the library's {@code VideoRepositoryContract} checks on every repository of the project:
 * <ul>
 *   <li>a video is created {@link VideoState#newVideo(String) NEW} under a source key that no other video has;</li>
 *   <li>{@link #findBySourceKey(String)} finds it by that key, {@link #findByJobGuid(String)} by the guid of the job
 *   it follows now (not by an earlier job's);</li>
 *   <li>{@link #apply(VideoUpdate)} is an atomic compare-and-set: it stores {@code next()} only when the stored
 *   state equals {@code expected()} in all four values (id, status, job guid, job start), and returns whether it
 *   stored; an unknown video is never created by it.</li>
 * </ul>
 *
 * <pre>{@code
 * InMemoryVideoRepository videos = new InMemoryVideoRepository();
 * videos.createVideo("42", "uploads/42/clip.mp4");
 * VodClient vod = VodClient.builder().videoRepository(videos)...build();
 * vod.handle(sns.notification(sns.complete(guid, "uploads/42/clip.mp4")).lambdaSnsEvent());
 * assertEquals(EncodingStatus.COMPLETE, videos.state("42").orElseThrow().status());
 * videos.failNext(Operation.APPLY, new IllegalStateException("database down"));   // the next apply throws
 * }</pre>
 *
 * <p>Thread-safe: every method holds the instance's lock, so concurrent {@code apply} calls are serialised as a
 * database's conditional updates are.
 *
 * @since 0.1.0
 */
public final class InMemoryVideoRepository implements VideoRepository {

    /** The repository's operations, for {@link #failNext} and {@link #calls}. */
    public enum Operation {
        /** {@link #findBySourceKey(String)}. */
        FIND_BY_SOURCE_KEY,
        /** {@link #findByJobGuid(String)}. */
        FIND_BY_JOB_GUID,
        /** {@link #apply(VideoUpdate)}. */
        APPLY
    }

    private final Map<String, List<VideoState>> histories = new LinkedHashMap<>();
    private final Map<String, String> sourceKeys = new LinkedHashMap<>();
    private final List<VideoUpdate> updates = new ArrayList<>();
    private final Map<Operation, List<RuntimeException>> failures = new EnumMap<>(Operation.class);
    private final Map<Operation, Integer> calls = new EnumMap<>(Operation.class);
    private Runnable beforeApply = () -> { };

    /** Creates an empty repository. */
    public InMemoryVideoRepository() {
    }

    /**
     * Creates a video, {@link io.github.vodclient.event.EncodingStatus#NEW NEW} and without a job, as the
     * application does before it hands out an upload URL.
     *
     * @param videoId the application's id
     * @param sourceKey the key its file will be uploaded under
     * @return the stored state
     * @throws IllegalArgumentException when the id or the source key is already taken
     */
    public synchronized VideoState createVideo(String videoId, String sourceKey) {
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(sourceKey, "sourceKey");
        if (histories.containsKey(videoId)) {
            throw new IllegalArgumentException("video " + videoId + " already exists");
        }
        if (sourceKeys.containsValue(sourceKey)) {
            throw new IllegalArgumentException("source key " + sourceKey + " already belongs to another video");
        }
        VideoState created = VideoState.newVideo(videoId);
        histories.put(videoId, new ArrayList<>(List.of(created)));
        sourceKeys.put(videoId, sourceKey);
        return created;
    }

    /**
     * Stores a state unconditionally, as another writer (an admin, a concurrent delivery) would: for arranging a
     * test. It is part of the video's history.
     *
     * @param state the state of an existing video
     * @throws IllegalArgumentException when the video does not exist
     */
    public synchronized void store(VideoState state) {
        historyOf(Objects.requireNonNull(state, "state").videoId(), true).add(state);
    }

    /**
     * The video's stored state.
     *
     * @param videoId the application's id
     * @return its state, or empty when there is no such video
     */
    public synchronized Optional<VideoState> state(String videoId) {
        List<VideoState> history = histories.get(videoId);
        return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /**
     * Every state the video has had, oldest first: its creation, each stored update and each {@link #store}.
     *
     * @param videoId the application's id
     * @return the states; empty when there is no such video
     */
    public synchronized List<VideoState> history(String videoId) {
        List<VideoState> history = histories.get(videoId);
        return history == null ? List.of() : List.copyOf(history);
    }

    /**
     * The updates {@link #apply(VideoUpdate)} stored, in order, with everything the library computed (playback
     * URLs, media facts, the event).
     *
     * @return the stored updates
     */
    public synchronized List<VideoUpdate> updates() {
        return List.copyOf(updates);
    }

    /**
     * How often an operation was called, failed calls included.
     *
     * @param operation the operation
     * @return the number of calls
     */
    public synchronized int calls(Operation operation) {
        return calls.getOrDefault(operation, 0);
    }

    /**
     * Makes the next call of the operation throw this exception instead of doing anything, as a storage failure
     * would. Calls queue: two {@code failNext} make the next two calls fail.
     *
     * @param operation the operation to fail
     * @param failure what it throws
     * @return this repository
     */
    public synchronized InMemoryVideoRepository failNext(Operation operation, RuntimeException failure) {
        failures.computeIfAbsent(Objects.requireNonNull(operation, "operation"), o -> new ArrayList<>())
                .add(Objects.requireNonNull(failure, "failure"));
        return this;
    }

    /**
     * Runs an action inside each {@link #apply(VideoUpdate)}, after its call is counted and before the compare:
     * a test uses it to change the video meanwhile (with {@link #store}), as a concurrent delivery would.
     *
     * @param action the action; runs on the applying thread, holding the lock
     * @return this repository
     */
    public synchronized InMemoryVideoRepository beforeApply(Runnable action) {
        this.beforeApply = Objects.requireNonNull(action, "action");
        return this;
    }

    @Override
    public synchronized Optional<VideoState> findBySourceKey(String sourceKey) {
        call(Operation.FIND_BY_SOURCE_KEY);
        return sourceKeys.entrySet().stream().filter(e -> e.getValue().equals(sourceKey)).findFirst()
                .flatMap(e -> state(e.getKey()));
    }

    @Override
    public synchronized Optional<VideoState> findByJobGuid(String jobGuid) {
        call(Operation.FIND_BY_JOB_GUID);
        return histories.keySet().stream().map(id -> state(id).orElseThrow())
                .filter(s -> s.jobGuid().equals(Optional.of(jobGuid))).findFirst();
    }

    @Override
    public synchronized boolean apply(VideoUpdate update) {
        call(Operation.APPLY);
        beforeApply.run();
        List<VideoState> history = historyOf(update.videoId(), false);
        if (history == null || !history.get(history.size() - 1).equals(update.expected())) {
            return false;
        }
        history.add(update.next());
        updates.add(update);
        return true;
    }

    private void call(Operation operation) {
        calls.merge(operation, 1, Integer::sum);
        List<RuntimeException> queued = failures.get(operation);
        if (queued != null && !queued.isEmpty()) {
            throw queued.remove(0);
        }
    }

    private List<VideoState> historyOf(String videoId, boolean required) {
        List<VideoState> history = histories.get(videoId);
        if (history == null && required) {
            throw new IllegalArgumentException("no video " + videoId + ": create it with createVideo first");
        }
        return history;
    }
}
