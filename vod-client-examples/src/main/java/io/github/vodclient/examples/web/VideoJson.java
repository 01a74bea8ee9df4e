package io.github.vodclient.examples.web;

import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.examples.jdbc.Video;
import java.util.Objects;

/** A video as the page shows it: status (or CANCELLED), error message, signed thumbnail, where to play it. */
final class VideoJson {
    private final WebVideos videos;
    private final PrivatePlayback playback;

    VideoJson(WebVideos videos, PrivatePlayback playback) {
        this.videos = Objects.requireNonNull(videos, "videos");
        this.playback = Objects.requireNonNull(playback, "playback");
    }

    String write(Video video) {
        return WebJson.write(g -> {
            g.writeStartObject();
            g.writeStringField("id", video.id());
            g.writeStringField("title", video.title());
            g.writeStringField("status", video.status() == EncodingStatus.NEW && videos.isCancelled(video.id())
                    ? "CANCELLED" : video.status().name());
            if (video.errorMessage().isPresent()) {
                g.writeStringField("errorMessage", video.errorMessage().get());
            }
            if (playback.playable(video)) {
                g.writeStringField("playlist", PrivatePlayback.masterPath(video.id()));
            }
            if (playback.thumbnail(video).isPresent()) {
                g.writeStringField("thumbnail", playback.thumbnail(video).get().toString());
            }
            if (video.duration().isPresent()) {
                g.writeNumberField("durationSeconds", video.duration().get().toMillis() / 1000.0);
            }
            if (video.width().isPresent() && video.height().isPresent()) {
                g.writeStringField("size", video.width().getAsInt() + "×" + video.height().getAsInt());
            }
            g.writeStringField("updatedAt", video.updatedAt().toString());
            g.writeEndObject();
        });
    }
}
