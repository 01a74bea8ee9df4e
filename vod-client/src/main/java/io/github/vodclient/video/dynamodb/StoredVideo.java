package io.github.vodclient.video.dynamodb;

import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.video.VideoState;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One video as {@link DynamoDbVideoRepository} stores it: the state the library compares and sets, and what a
 * video page shows. Playback values stay those of the last completed job while a re-upload encodes.
 *
 * @param state the encoding status, job guid and job start
 * @param sourceKey the key the source file is uploaded under
 * @param playback the playback URLs of the last completed job, {@link PlaybackUrls#none()} before one
 * @param thumbnail the first thumbnail of the last completed job
 * @param duration the source's duration
 * @param width the source's width in pixels
 * @param height the source's height in pixels
 * @param errorAt where the current job failed, when the video is {@link io.github.vodclient.event.EncodingStatus#ERROR}:
 *     the Error event's {@link io.github.vodclient.event.ErrorEvent#errorAt()}
 * @param errorMessage what failed ({@link io.github.vodclient.event.ErrorEvent#errorMessage()})
 * @param errorDetails a console URL with details ({@link io.github.vodclient.event.ErrorEvent#errorDetails()})
 * @since 0.1.0
 */
public record StoredVideo(VideoState state, String sourceKey, PlaybackUrls playback, Optional<MediaUrl> thumbnail,
        Optional<Duration> duration, OptionalInt width, OptionalInt height, Optional<String> errorAt, Optional<String> errorMessage,
        Optional<String> errorDetails) {

    /**
     * Validates that no component is null.
     *
     * @param state the state
     * @param sourceKey the source key
     * @param playback the playback URLs
     * @param thumbnail the thumbnail
     * @param duration the duration
     * @param width the width
     * @param height the height
     * @param errorAt where the job failed
     * @param errorMessage what failed
     * @param errorDetails a console URL
     */
    public StoredVideo {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(playback, "playback");
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(errorAt, "errorAt");
        Objects.requireNonNull(errorMessage, "errorMessage");
        Objects.requireNonNull(errorDetails, "errorDetails");
    }
}
