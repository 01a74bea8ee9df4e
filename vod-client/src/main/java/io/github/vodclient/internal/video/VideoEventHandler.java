package io.github.vodclient.internal.video;

import io.github.vodclient.VodException;
import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.IngestEvent;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.WorkflowEvent;
import io.github.vodclient.sns.SnsMessage;
import io.github.vodclient.video.HandleResult.MissingMediaInfo;
import io.github.vodclient.video.HandleResult.Outcome;
import io.github.vodclient.video.HandleResult;
import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies pipeline events to the application's videos: finds the video, decides with {@link Decision}, and stores
 * the change with the repository's compare-and-set, re-reading and deciding again when a concurrent delivery won.
 * Thread-safe when the repository and look-up are.
 */
public final class VideoEventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(VideoEventHandler.class);
    /** Attempts at a compare-and-set before giving up; each retry means another delivery changed the video. */
    static final int MAX_ATTEMPTS = 5;

    private final VideoRepository repository;
    private final JobLookup jobs;
    private final Consumer<HandleResult> listener;
    private final boolean strictMediaInfo;
    private final boolean failOnUnknownVideo;

    public VideoEventHandler(VideoRepository repository, JobLookup jobs, Consumer<HandleResult> listener,
            boolean strictMediaInfo, boolean failOnUnknownVideo) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.strictMediaInfo = strictMediaInfo;
        this.failOnUnknownVideo = failOnUnknownVideo;
    }

    /**
     * Handles one event. Repository and look-up failures propagate after the listener heard a FAILED result.
     */
    public HandleResult handle(VodEvent event) {
        return handle(event, jobs);
    }

    /**
     * Handles one event of a batch, with the look-up {@link #prefetch} made for the batch. Failures propagate as
     * from {@link #handle(VodEvent)}.
     */
    public HandleResult handle(VodEvent event, JobLookup lookup) {
        Objects.requireNonNull(event, "event");
        HandleResult result;
        try {
            result = event instanceof WorkflowEvent workflow
                    ? new Attempt(workflow, lookup).run()
                    : result(Outcome.IGNORED, event, Optional.empty(), Optional.empty(), Optional.empty());
        } catch (RuntimeException e) {
            notifyListener(new HandleResult(Outcome.FAILED, event, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(e)));
            throw e;
        }
        notifyListener(result);
        if (result.outcome() == Outcome.UNKNOWN_VIDEO && failOnUnknownVideo) {
            // Failing makes the platform deliver the event again, once the application has created the video.
            WorkflowEvent workflow = (WorkflowEvent) event;
            throw new VodException("no video for job " + workflow.guid()
                    + sourceKey(workflow).map(key -> " (source key " + key + ")").orElse("")
                    + "; failing so that the event is delivered again (failOnUnknownVideo)");
        }
        return result;
    }

    /**
     * The look-up for one batch: the job facts of every event that may need them, read at once (one BatchGetItem
     * instead of one GetItem per event), before any event is handled. Other guids are looked up one by one as
     * before; when the batch read fails, each event that needed it fails (or falls back) as its own look-up would.
     *
     * @param events the batch's workflow events
     * @return the look-up to pass to {@link #handle(VodEvent, JobLookup)} for each of them
     */
    public JobLookup prefetch(List<WorkflowEvent> events) {
        if (!jobs.hasTable()) {
            return jobs;
        }
        Set<String> guids = new LinkedHashSet<>();
        for (WorkflowEvent event : events) {
            if (mayLookUp(event)) {
                guids.add(event.guid());
            }
        }
        if (guids.size() < 2) {
            return jobs;
        }
        Map<String, JobFacts> found;
        try {
            found = jobs.findAll(guids);
        } catch (RuntimeException e) {
            return guid -> {
                if (guids.contains(guid)) {
                    throw e;
                }
                return jobs.find(guid);
            };
        }
        return guid -> guids.contains(guid) ? Optional.ofNullable(found.get(guid)) : jobs.find(guid);
    }

    /**
     * Whether handling the event may read its job: a Complete without its start time or media info, an Ingest
     * (ordered by the job's start time) and an Error (which carries no source key).
     */
    private static boolean mayLookUp(WorkflowEvent event) {
        if (event instanceof CompleteEvent complete) {
            return complete.startTime().isEmpty() || complete.mediaInfo().isEmpty();
        }
        return true;
    }

    private void notifyListener(HandleResult result) {
        try {
            listener.accept(result);
        } catch (RuntimeException e) {
            LOG.warn("the HandleResult listener threw; ignored", e);
        }
    }

    private static HandleResult result(Outcome outcome, VodEvent event, Optional<String> videoId,
            Optional<VideoUpdate> update, Optional<MissingMediaInfo> missingMediaInfo) {
        return new HandleResult(outcome, event, videoId, update, missingMediaInfo, Optional.empty());
    }

    private static Optional<String> sourceKey(WorkflowEvent event) {
        if (event instanceof IngestEvent ingest) {
            return Optional.of(ingest.srcVideo());
        }
        if (event instanceof CompleteEvent complete) {
            return complete.srcVideo();
        }
        return Optional.empty();
    }

    /** Handling of one event; caches the job look-up so an event costs at most one. */
    private final class Attempt {
        private final WorkflowEvent event;
        private final JobLookup jobs;
        private Optional<JobFacts> facts;
        /** The media facts of a Complete, once read (null before); when empty, {@link #mediaMissing} says why. */
        private Optional<JobFacts> media;
        private Optional<MissingMediaInfo> mediaMissing = Optional.empty();

        Attempt(WorkflowEvent event, JobLookup jobs) {
            this.event = event;
            this.jobs = jobs;
        }

        HandleResult run() {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                Optional<VideoState> found = locate();
                if (found.isEmpty()) {
                    return result(Outcome.UNKNOWN_VIDEO, event, Optional.empty(), Optional.empty(),
                            Optional.empty());
                }
                VideoState state = found.get();
                Decision decision = Decision.decide(state, event, this::jobStart);
                if (decision.outcome() != Outcome.APPLIED) {
                    return result(decision.outcome(), event, Optional.of(state.videoId()), Optional.empty(),
                            Optional.empty());
                }
                VideoUpdate update = update(state, decision.next());
                if (repository.apply(update)) {
                    if (event instanceof CompleteEvent) {
                        media();
                    }
                    return result(Outcome.APPLIED, event, Optional.of(state.videoId()), Optional.of(update),
                            mediaMissing);
                }
                LOG.debug("video {} changed while applying job {}; reading it again", state.videoId(), event.guid());
            }
            throw new VodException("video for job " + event.guid() + " changed " + MAX_ATTEMPTS
                    + " times while an update was being applied; giving up so the delivery is retried");
        }

        /** Finds the video by source key when the event has one, else by guid, else via the job's source key. */
        private Optional<VideoState> locate() {
            Optional<VideoState> found = sourceKey(event).flatMap(repository::findBySourceKey);
            if (found.isPresent()) {
                return found;
            }
            found = repository.findByJobGuid(event.guid());
            if (found.isPresent() || event instanceof IngestEvent) {
                return found;
            }
            return lookup().flatMap(JobFacts::srcVideo).flatMap(repository::findBySourceKey);
        }

        /**
         * When the event's job started, on one clock: the job's own {@code startTime}, which a Complete carries and
         * the table item holds from before the Ingest is published. Only without a table does an Ingest fall back
         * to its SNS publish time, which lags the start by the seconds the media info step takes: jobs started
         * closer together than that may then be ordered wrongly.
         */
        private Optional<Instant> jobStart() {
            if (event instanceof CompleteEvent complete && complete.startTime().isPresent()) {
                return complete.startTime();
            }
            if (jobs.hasTable()) {
                return lookup().flatMap(JobFacts::startTime);
            }
            return event instanceof IngestEvent ? event.sns().map(SnsMessage::timestamp) : Optional.empty();
        }

        private Optional<JobFacts> lookup() {
            if (facts == null) {
                facts = jobs.find(event.guid());
            }
            return facts;
        }

        /**
         * The source's media info for a Complete: what the message carries (the solution's own SQS body), else the
         * job's item. A missing one is tolerated, with its reason, unless strict and a later delivery could find it.
         */
        private Optional<JobFacts> media() {
            if (media == null) {
                media = readMedia((CompleteEvent) event);
                mediaMissing.ifPresent(why -> LOG.debug("job {}: applying the Complete without media info: {}",
                        event.guid(), why));
            }
            return media;
        }

        /** Reads the media facts; without them, sets {@link #mediaMissing} to why. */
        private Optional<JobFacts> readMedia(CompleteEvent complete) {
            if (complete.mediaInfo().isPresent()) {
                return Optional.of(JobFacts.of(complete.srcVideo(), complete.startTime(), complete.mediaInfo()));
            }
            if (!jobs.hasTable()) {
                return noMedia(MissingMediaInfo.NO_TABLE, "no table is configured to read media info from");
            }
            Optional<JobFacts> found;
            try {
                found = lookup();
            } catch (RuntimeException e) {
                if (strictMediaInfo) {
                    throw e;
                }
                LOG.warn("media info look-up for job {} failed; applying the event's own data: {}", event.guid(),
                        e.toString());
                LOG.debug("media info look-up for job {} failed", event.guid(), e);
                facts = Optional.empty();
                mediaMissing = Optional.of(MissingMediaInfo.LOOKUP_FAILED);
                return Optional.empty();
            }
            if (found.isEmpty()) {
                return noMedia(MissingMediaInfo.NO_JOB_ITEM, "no job item for guid " + event.guid()
                        + " to read media info from");
            }
            // An item without media info will not grow one: applied as it is, even when strict.
            if (!found.get().hasMedia()) {
                mediaMissing = Optional.of(MissingMediaInfo.NOT_IN_JOB_ITEM);
            }
            return found;
        }

        private Optional<JobFacts> noMedia(MissingMediaInfo why, String strictMessage) {
            if (strictMediaInfo) {
                throw new VodException(strictMessage);
            }
            mediaMissing = Optional.of(why);
            return Optional.empty();
        }

        private VideoUpdate update(VideoState state, VideoState next) {
            if (next.status() == EncodingStatus.COMPLETE && event instanceof CompleteEvent complete) {
                PlaybackUrls playback = complete.playback();
                Optional<MediaUrl> thumbnail = playback.thumbnails().stream().findFirst();
                Optional<JobFacts> source = media();
                OptionalInt width = source.map(JobFacts::width).filter(OptionalInt::isPresent)
                        .orElse(complete.workflow().srcWidth());
                OptionalInt height = source.map(JobFacts::height).filter(OptionalInt::isPresent)
                        .orElse(complete.workflow().srcHeight());
                return new VideoUpdate(state, next, playback, thumbnail, source.flatMap(JobFacts::duration), width,
                        height, event);
            }
            return new VideoUpdate(state, next, PlaybackUrls.none(), Optional.empty(), Optional.empty(),
                    OptionalInt.empty(), OptionalInt.empty(), event);
        }
    }
}
