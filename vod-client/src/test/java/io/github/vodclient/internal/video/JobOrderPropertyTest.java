package io.github.vodclient.internal.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.WorkflowEvent;
import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A retried upload: job B starts 0–30 s after job A, before or after A's Ingest is published (the pipeline
 * publishes an Ingest after its media info step, 0–60 s after the job started). For every delivery order of
 * {Ingest A, Complete A, Ingest B, Complete B}, each event delivered once or twice, the video must end COMPLETE on
 * the later-started job with that job's URLs, and no stored change may ever go back.
 */
class JobOrderPropertyTest {
    private static final String VIDEO = "video-42";
    private static final String KEY = "video/42/clip.mp4";
    private static final String GUID_LOW = "11111111-1111-4111-8111-111111111111";
    private static final String GUID_HIGH = "22222222-2222-4222-8222-222222222222";
    private static final Instant A_STARTED = Instant.parse("2025-09-01T12:00:01.512Z");
    private static final long SEED = 20251129L;
    private static final int RANDOM_SAMPLES = 8;

    /**
     * One retried upload.
     *
     * @param a the guid of the job that started first
     * @param gap how much later job B started (a zero gap is a tie, which the greater guid wins)
     * @param ingestDelayA how long after its start A's Ingest was published
     * @param ingestDelayB the same for B
     */
    record Sample(String a, Duration gap, Duration ingestDelayA, Duration ingestDelayB) {
        String b() {
            return a.equals(GUID_LOW) ? GUID_HIGH : GUID_LOW;
        }

        Instant bStarted() {
            return A_STARTED.plus(gap);
        }

        /** The later-started job: B, or for a tie the greater guid. */
        String winner() {
            return gap.isZero() ? GUID_HIGH : b();
        }

        @Override
        public String toString() {
            return "A=" + a.charAt(0) + "… B starts +" + gap.toMillis() + " ms, Ingest A +" + ingestDelayA.toMillis()
                    + " ms, Ingest B +" + ingestDelayB.toMillis() + " ms";
        }
    }

    /** The edges (ties, one millisecond apart, the widest gap, no and the longest publish delay) and random draws. */
    static Stream<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        for (long gapMillis : new long[] {0, 1, 2_000, 30_000}) {
            for (long delayA : new long[] {0, 60_000}) {
                for (long delayB : new long[] {0, 60_000}) {
                    samples.add(new Sample(gapMillis == 0 && delayA == 0 ? GUID_HIGH : GUID_LOW,
                            Duration.ofMillis(gapMillis), Duration.ofMillis(delayA), Duration.ofMillis(delayB)));
                }
            }
        }
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_SAMPLES; i++) {
            samples.add(new Sample(random.nextBoolean() ? GUID_LOW : GUID_HIGH,
                    Duration.ofMillis(random.nextInt(30_001)), Duration.ofMillis(random.nextInt(60_001)),
                    Duration.ofMillis(random.nextInt(60_001))));
        }
        return samples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void handle_retriedUploadWithATable_everyOrderWithDuplicatesEndsOnTheLaterStartedJob(Sample sample) {
        List<WorkflowEvent> events = List.of(
                Events.ingest(sample.a(), KEY, A_STARTED.plus(sample.ingestDelayA())),
                Events.complete(sample.a(), KEY, A_STARTED),
                Events.ingest(sample.b(), KEY, sample.bStarted().plus(sample.ingestDelayB())),
                Events.complete(sample.b(), KEY, sample.bStarted()));
        Map<String, Instant> started = Map.of(sample.a(), A_STARTED, sample.b(), sample.bStarted());

        long sequences = DeliveryOrders.forEach(events.size(), order -> {
            InMemoryVideoRepository videos = new InMemoryVideoRepository();
            videos.createVideo(VIDEO, KEY);
            FakeJobs jobs = new FakeJobs();
            started.forEach((guid, start) -> jobs.add(guid, KEY, start));
            VideoEventHandler handler = new VideoEventHandler(videos, jobs, result -> { }, false, false);
            for (int i : order) {
                handler.handle(events.get(i));
            }
            check(videos, sample.winner(), started, sample + ", delivery order " + order);
        });

        assertEquals(DeliveryOrders.distinctSequences(events.size()), sequences);
    }

    /** Ends COMPLETE on the winner with its URLs; every stored change moves forward and records the real start. */
    private static void check(InMemoryVideoRepository videos, String winner, Map<String, Instant> started, String where) {
        assertEquals(new VideoState(VIDEO, EncodingStatus.COMPLETE, Optional.of(winner),
                Optional.of(started.get(winner))), videos.state(VIDEO), where);
        VideoUpdate last = videos.updates().get(videos.updates().size() - 1);
        assertTrue(last.playback().hls().orElseThrow().uri().getPath().startsWith("/" + winner + "/"),
                "the winner's URLs, was " + last.playback().hls() + ": " + where);

        Set<String> changes = new HashSet<>();
        for (VideoUpdate update : videos.updates()) {
            VideoState previous = update.expected();
            VideoState next = update.next();
            String job = next.jobGuid().orElseThrow();
            if (!changes.add(job + "/" + next.status())) {
                fail("stored the same change twice: " + next + " in " + where);
            }
            if (!next.jobStartedAt().equals(Optional.of(started.get(job)))) {
                fail("stored a start that is not the job's startTime: " + next + " in " + where);
            }
            boolean forward = previous.jobGuid().isEmpty()
                    || (previous.jobGuid().equals(next.jobGuid())
                            ? rank(next.status()) > rank(previous.status())
                            : job.equals(winner));
            if (!forward) {
                fail("moved backwards from " + previous + " to " + next + " in " + where);
            }
        }
    }

    private static int rank(EncodingStatus status) {
        return status == EncodingStatus.NEW ? 0 : status == EncodingStatus.INGEST ? 1 : 2;
    }
}
