package io.github.vodclient.video;

import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.ErrorEvent;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.event.WorkflowEvent;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One change to one video, computed by the library from a pipeline event, for the application to store.
 *
 * <p>Apply it <em>conditionally</em>: only while the stored state still equals {@link #expected()} (compare and
 * set), because several deliveries of the same or of related events may race. Then store {@link #next()} and
 * whichever of the other values the application keeps.
 *
 * @param expected the state this update was computed from
 * @param next the state after the update: status, job guid and job start
 * @param playback the playback URLs and thumbnails; {@link PlaybackUrls#none()} unless the video became
 *     {@link io.github.vodclient.event.EncodingStatus#COMPLETE}
 * @param thumbnail the first thumbnail, if the job captured frames
 * @param duration the source's duration, from the job's media info
 * @param width the source's width in pixels, from the media info or the Complete message
 * @param height the source's height in pixels, from the media info or the Complete message
 * @param event the event this update comes from (its raw message is {@code event().rawMessage()}); for a video
 *     that became {@link EncodingStatus#ERROR}, the {@link ErrorEvent} that says why (see {@link #error()})
 * @since 0.1.0
 */
public record VideoUpdate(
        VideoState expected,
        VideoState next,
        PlaybackUrls playback,
        Optional<MediaUrl> thumbnail,
        Optional<Duration> duration,
        OptionalInt width,
        OptionalInt height,
        WorkflowEvent event) {

    /**
     * Validates the components: no nulls, and {@code expected} and {@code next} are the same video.
     *
     * @param expected the state this update was computed from
     * @param next the state after the update
     * @param playback the playback URLs
     * @param thumbnail the first thumbnail
     * @param duration the source's duration
     * @param width the source's width
     * @param height the source's height
     * @param event the event
     */
    public VideoUpdate {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(playback, "playback");
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(event, "event");
        if (!expected.videoId().equals(next.videoId())) {
            throw new IllegalArgumentException("expected and next are different videos");
        }
    }

    /**
     * The application's id of the video to update.
     *
     * @return {@code next().videoId()}
     */
    public String videoId() {
        return next.videoId();
    }

    /**
     * Why the job failed, when the video became {@link EncodingStatus#ERROR}: the Error event's
     * {@link ErrorEvent#errorAt() errorAt}, {@link ErrorEvent#errorMessage() errorMessage} and
     * {@link ErrorEvent#errorDetails() errorDetails}.
     *
     * @return the Error event, or empty when the video did not become ERROR
     */
    public Optional<ErrorEvent> error() {
        return next.status() == EncodingStatus.ERROR && event instanceof ErrorEvent failed
                ? Optional.of(failed) : Optional.empty();
    }

    /**
     * One short line: the video, the state change, which playback outputs exist, the media facts, and the event by
     * kind and guid (the event itself through {@link #event()}).
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "VideoUpdate[videoId=" + Summaries.clip(videoId()) + ", " + expected.status() + " -> " + next.status()
                + ", jobGuid=" + Summaries.clip(next.jobGuid()) + ", playback=" + Summaries.playback(playback)
                + ", duration=" + duration.map(Duration::toString).orElse("none")
                + ", size=" + (width.isPresent() && height.isPresent() ? width.getAsInt() + "x" + height.getAsInt()
                        : "none")
                + ", error=" + Summaries.clip(error().flatMap(ErrorEvent::errorMessage))
                + ", event=" + Summaries.reference(event) + "]";
    }
}
