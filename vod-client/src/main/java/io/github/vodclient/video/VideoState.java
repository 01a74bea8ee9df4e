package io.github.vodclient.video;

import io.github.vodclient.event.EncodingStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the library needs to know about one of the application's videos: its encoding status and the pipeline job
 * it follows. The application stores these three values with its video and hands them back from
 * {@link VideoRepository}'s look-ups.
 *
 * @param videoId the application's id for the video (opaque to the library)
 * @param status the video's encoding status; {@link EncodingStatus#NEW} before the pipeline reported anything
 * @param jobGuid the guid of the pipeline job the video follows, once known
 * @param jobStartedAt when that job started, once known; orders jobs when a file is uploaded again
 * @since 0.1.0
 */
public record VideoState(String videoId, EncodingStatus status, Optional<String> jobGuid,
        Optional<Instant> jobStartedAt) {

    /**
     * Validates that no component is null.
     *
     * @param videoId the application's id
     * @param status the encoding status
     * @param jobGuid the job guid, if known
     * @param jobStartedAt when the job started, if known
     */
    public VideoState {
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(jobGuid, "jobGuid");
        Objects.requireNonNull(jobStartedAt, "jobStartedAt");
    }

    /**
     * The state of a video the application created and the pipeline has not reported on yet.
     *
     * @param videoId the application's id
     * @return a {@link EncodingStatus#NEW} state with no job
     */
    public static VideoState newVideo(String videoId) {
        return new VideoState(videoId, EncodingStatus.NEW, Optional.empty(), Optional.empty());
    }
}
