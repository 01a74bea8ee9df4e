package io.github.vodclient.internal.video;

import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.WorkflowEvent;
import io.github.vodclient.video.HandleResult.Outcome;
import io.github.vodclient.video.VideoState;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The library's rule for what an event does to a video, as a pure function of the video's state and the event.
 *
 * <ul>
 *   <li>Same job: the status only moves forward (INGEST, then COMPLETE or ERROR; the first terminal status wins).
 *   A repeat of the current status is a duplicate; anything else is stale.</li>
 *   <li>Another job (a re-upload gets a new guid): it replaces the current job only when it started later (the
 *   job's {@code startTime}, one clock for every status); jobs started in the same instant are ordered by guid, so
 *   that every delivery order settles on the same job. A job whose start is unknown cannot be ordered and is
 *   stale, unless the video follows no dated job.</li>
 * </ul>
 *
 * @param outcome {@link Outcome#APPLIED} (to be stored), {@link Outcome#DUPLICATE} or {@link Outcome#STALE}
 * @param next the state to store, for APPLIED; the unchanged state otherwise
 */
record Decision(Outcome outcome, VideoState next) {

    /**
     * Decides what the event does to the video.
     *
     * @param jobStart when the event's job started; asked only when the event is about another job than the
     *     video's (it may cost a table look-up)
     */
    static Decision decide(VideoState state, WorkflowEvent event, Supplier<Optional<Instant>> jobStart) {
        String guid = event.guid();
        EncodingStatus status = event.status();
        Optional<String> current = state.jobGuid();
        if (current.isEmpty()) {
            return apply(state, status, guid, jobStart.get());
        }
        if (current.get().equals(guid)) {
            if (status == state.status()) {
                return new Decision(Outcome.DUPLICATE, state);
            }
            if (rank(status) > rank(state.status())) {
                return apply(state, status, guid, state.jobStartedAt().or(jobStart));
            }
            return new Decision(Outcome.STALE, state);
        }
        Optional<Instant> start = jobStart.get();
        if (start.isEmpty()) {
            return new Decision(Outcome.STALE, state);
        }
        if (state.jobStartedAt().isEmpty() || startedLater(start.get(), guid, state.jobStartedAt().get(),
                current.get())) {
            return apply(state, status, guid, start);
        }
        return new Decision(Outcome.STALE, state);
    }

    /** Whether job {@code guid} started after job {@code currentGuid}; a tie goes to the greater guid. */
    static boolean startedLater(Instant start, String guid, Instant currentStart, String currentGuid) {
        int byStart = start.compareTo(currentStart);
        return byStart > 0 || byStart == 0 && guid.compareTo(currentGuid) > 0;
    }

    private static Decision apply(VideoState state, EncodingStatus status, String guid, Optional<Instant> start) {
        return new Decision(Outcome.APPLIED,
                new VideoState(state.videoId(), status, Optional.of(guid), start));
    }

    // Not a switch: a switch on another class's enum costs a synthetic class (javac's switch map).
    private static int rank(EncodingStatus status) {
        return status == EncodingStatus.NEW ? 0 : status == EncodingStatus.INGEST ? 1 : 2;
    }
}
