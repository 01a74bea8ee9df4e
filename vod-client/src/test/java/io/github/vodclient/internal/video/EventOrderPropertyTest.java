package io.github.vodclient.internal.video;

import io.github.vodclient.testing.InMemoryVideoRepository.Operation;
import io.github.vodclient.testing.InMemoryVideoRepository;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.WorkflowEvent;
import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SNS delivers at least once and in any order. For realistic event sequences, every permutation of every
 * multiset in which each event is delivered once or twice must end in the same state, never move a video
 * backwards, and store each distinct change at most once.
 */
class EventOrderPropertyTest {
    private static final String VIDEO = "video-42";
    private static final String KEY = "video/42/clip.mp4";
    private static final String JOB1 = "11111111-1111-4111-8111-111111111111";
    private static final String JOB2 = "22222222-2222-4222-8222-222222222222";
    private static final Instant T1 = Instant.parse("2025-09-01T12:00:01.512Z");
    private static final Instant T2 = Instant.parse("2025-09-01T13:30:00Z");

    record Scenario(String name, List<WorkflowEvent> events, VideoState expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> scenarios() {
        WorkflowEvent ingest1 = Events.ingest(JOB1, KEY, T1);
        WorkflowEvent complete1 = Events.complete(JOB1, KEY, T1);
        WorkflowEvent error1 = Events.error(JOB1, T1.plusSeconds(60));
        WorkflowEvent ingest2 = Events.ingest(JOB2, KEY, T2);
        WorkflowEvent complete2 = Events.complete(JOB2, KEY, T2);
        WorkflowEvent error2 = Events.error(JOB2, T2.plusSeconds(60));
        return Stream.of(
                new Scenario("ingest, complete", List.of(ingest1, complete1), state(EncodingStatus.COMPLETE, JOB1, T1)),
                new Scenario("ingest, error", List.of(ingest1, error1), state(EncodingStatus.ERROR, JOB1, T1)),
                new Scenario("re-upload after complete", List.of(ingest1, complete1, ingest2, complete2),
                        state(EncodingStatus.COMPLETE, JOB2, T2)),
                new Scenario("re-upload after error", List.of(ingest1, error1, ingest2, complete2),
                        state(EncodingStatus.COMPLETE, JOB2, T2)),
                new Scenario("re-upload that fails", List.of(ingest1, complete1, ingest2, error2),
                        state(EncodingStatus.ERROR, JOB2, T2)))
                .map(Arguments::of);
    }

    private static VideoState state(EncodingStatus status, String guid, Instant start) {
        return new VideoState(VIDEO, status, Optional.of(guid), Optional.of(start));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void handle_everyOrderWithDuplicates_endsInTheSameStateWithoutRegressing(Scenario scenario) {
        int n = scenario.events().size();
        long sequences = DeliveryOrders.forEach(n, order -> check(scenario, order));
        assertEquals(DeliveryOrders.distinctSequences(n), sequences, "every distinct delivery order was tried");
    }

    private static void check(Scenario scenario, List<Integer> order) {
        InMemoryVideoRepository videos = new InMemoryVideoRepository();
        videos.createVideo(VIDEO, KEY);
        FakeJobs jobs = new FakeJobs();
        jobs.add(JOB1, KEY, T1);
        jobs.add(JOB2, KEY, T2);
        VideoEventHandler handler = new VideoEventHandler(videos, jobs, result -> { }, false, false);
        for (int i : order) {
            handler.handle(scenario.events().get(i));
        }
        String where = scenario.name() + ", delivery order " + order;
        assertEquals(scenario.expected(), videos.state(VIDEO), where);

        Set<String> changes = new HashSet<>();
        for (VideoUpdate update : videos.updates()) {
            if (!changes.add(update.next().jobGuid().orElseThrow() + "/" + update.next().status())) {
                fail("stored the same change twice: " + update.next() + " in " + where);
            }
            if (!isNewer(update.next(), update.expected())) {
                fail("moved backwards from " + update.expected() + " to " + update.next() + " in " + where);
            }
        }
        assertEquals(videos.updates().size(), videos.calls(Operation.APPLY), "no update was attempted in vain: " + where);
    }

    /** Later job first, then further along within the same job. */
    private static boolean isNewer(VideoState next, VideoState previous) {
        if (previous.jobGuid().isEmpty()) {
            return true;
        }
        if (!previous.jobGuid().equals(next.jobGuid())) {
            return next.jobStartedAt().orElseThrow().isAfter(previous.jobStartedAt().orElseThrow());
        }
        return rank(next.status()) > rank(previous.status());
    }

    private static int rank(EncodingStatus status) {
        return status == EncodingStatus.NEW ? 0 : status == EncodingStatus.INGEST ? 1 : 2;
    }
}
