package io.github.vodclient.examples.web;

import io.github.vodclient.examples.jdbc.JdbcVideoRepository;
import io.github.vodclient.examples.jdbc.Video;
import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The application's videos: the JDBC repository the library updates, plus who is told when a video changes (the
 * status stream) and which uploads the user cancelled. The library's compare-and-set goes straight to the table;
 * only a stored update is announced. Thread-safe.
 */
final class WebVideos implements VideoRepository {
    private final JdbcVideoRepository table;
    /** The videos created through this server, oldest first (the demo has one user and no listing query). */
    private final List<String> ids = new CopyOnWriteArrayList<>();
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    WebVideos(JdbcVideoRepository table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Calls the listener with the id of every video that is created or changes from now on. */
    void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    void create(String id, String title, String sourceKey) {
        table.create(id, title, sourceKey);
        ids.add(id);
        changed(id);
    }

    void cancel(String id) {
        cancelled.add(id);
        changed(id);
    }

    boolean isCancelled(String id) {
        return cancelled.contains(id);
    }

    Optional<Video> find(String id) {
        return table.find(id);
    }

    /** The videos, newest first. */
    List<Video> all() {
        List<Video> videos = new ArrayList<>();
        for (int i = ids.size() - 1; i >= 0; i--) {
            table.find(ids.get(i)).ifPresent(videos::add);
        }
        return videos;
    }

    @Override
    public Optional<VideoState> findBySourceKey(String sourceKey) {
        return table.findBySourceKey(sourceKey);
    }

    @Override
    public Optional<VideoState> findByJobGuid(String jobGuid) {
        return table.findByJobGuid(jobGuid);
    }

    @Override
    public boolean apply(VideoUpdate update) {
        boolean stored = table.apply(update);
        if (stored) {
            changed(update.videoId());
        }
        return stored;
    }

    private void changed(String id) {
        listeners.forEach(listener -> listener.accept(id));
    }
}
