package io.github.vodclient.video;

import io.github.vodclient.event.VodEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * What handling one event did to the application's videos.
 *
 * @param outcome what happened
 * @param event the event handled
 * @param videoId the video it concerned, when one was found
 * @param update the update stored, for {@link Outcome#APPLIED}
 * @param missingMediaInfo why a Complete event was applied without the source's media info (duration is then
 *     absent, dimensions come from the message); empty when it had it, and for every other outcome and event
 * @param failure what went wrong, for {@link Outcome#FAILED}
 * @since 0.1.0
 */
public record HandleResult(Outcome outcome, VodEvent event, Optional<String> videoId, Optional<VideoUpdate> update,
        Optional<MissingMediaInfo> missingMediaInfo, Optional<RuntimeException> failure) {

    /** Why a Complete event was applied without the source's media info. */
    public enum MissingMediaInfo {
        /** No table is configured ({@code tableName}), and the message carries no media info. */
        NO_TABLE,
        /** The table has no item for the job's guid (another table, or an item deleted since). */
        NO_JOB_ITEM,
        /** The look-up failed: timed out, throttled, denied, no region... (logged at WARN with the cause). */
        LOOKUP_FAILED,
        /** The job's item has no usable {@code srcMediainfo}. */
        NOT_IN_JOB_ITEM
    }

    /** What handling an event did. */
    public enum Outcome {
        /** The video was updated. */
        APPLIED,
        /** The video already reflected this event (a redelivery); nothing was stored. */
        DUPLICATE,
        /** The event is older than what the video shows (out of order, or an earlier job); nothing was stored. */
        STALE,
        /** No video matches the event's source key or job guid. */
        UNKNOWN_VIDEO,
        /** Not a pipeline status event (an {@link io.github.vodclient.event.UnknownEvent}); nothing was done. */
        IGNORED,
        /** Handling failed (the repository or a look-up threw); the exception is propagated to the caller. */
        FAILED
    }

    /**
     * Validates that no component is null.
     *
     * @param outcome what happened
     * @param event the event
     * @param videoId the video, if found
     * @param update the update stored, if any
     * @param missingMediaInfo why media info was missing, if it was
     * @param failure what went wrong, if anything
     */
    public HandleResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(missingMediaInfo, "missingMediaInfo");
        Objects.requireNonNull(failure, "failure");
    }

    /**
     * Whether a Complete event was applied without the source's media info; {@link #missingMediaInfo()} says why.
     *
     * @return true when media info was missing
     */
    public boolean mediaInfoMissing() {
        return missingMediaInfo.isPresent();
    }

    /**
     * One short line: the outcome, the event by kind and guid, the video, the update stored and the failure (the
     * event and its raw message through {@link #event()}).
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "HandleResult[outcome=" + outcome + ", event=" + Summaries.reference(event)
                + ", videoId=" + Summaries.clip(videoId) + ", update=" + update.map(VideoUpdate::toString).orElse("none")
                + ", missingMediaInfo=" + missingMediaInfo.map(Enum::name).orElse("none")
                + ", failure=" + failure.map(e -> Summaries.clip(e.toString())).orElse("none") + "]";
    }
}
