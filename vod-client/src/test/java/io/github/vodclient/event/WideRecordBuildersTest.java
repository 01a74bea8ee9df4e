package io.github.vodclient.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vodclient.job.VodJob;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The builders of the records the pipeline may widen give what the reader gives, and defaults for the rest. */
class WideRecordBuildersTest {
    private static final VodEventParser PARSER = VodEventParser.create();

    @Test
    void builder_completeEventWithTheMessagesFields_equalsTheParsedEventBesidesTheRawParts() {
        CompleteEvent parsed = (CompleteEvent) PARSER.parseMessage(
                Fixtures.text("gen_A-video_sns_complete_message-body.json"));

        CompleteEvent built = CompleteEvent.builder().guid(parsed.guid()).srcVideo(parsed.srcVideo().orElseThrow())
                .srcBucket(parsed.srcBucket().orElseThrow()).startTime(parsed.startTime().orElseThrow())
                .endTime(parsed.endTime().orElseThrow()).playback(parsed.playback()).workflow(parsed.workflow())
                .custom(parsed.custom()).rawMessage(parsed.rawMessage()).build();

        assertEquals(parsed, built);
    }

    @Test
    void builder_onlyAGuid_givesTheDocumentedDefaults() {
        CompleteEvent complete = CompleteEvent.builder().guid("g-1").build();

        assertEquals("Complete", complete.rawStatus());
        assertEquals(PlaybackUrls.none(), complete.playback());
        assertEquals(WorkflowDetails.none(), complete.workflow());
        assertEquals(Map.of(), complete.custom());
        assertEquals(Optional.empty(), complete.sns());
        assertEquals(WorkflowDetails.none(), WorkflowDetails.builder().build());
    }

    @Test
    void builder_withoutGuid_failsNamingIt() {
        assertEquals("guid", assertThrows(NullPointerException.class, () -> CompleteEvent.builder().build())
                .getMessage());
        assertEquals("guid", assertThrows(NullPointerException.class, () -> VodJob.builder().build()).getMessage());
    }

    @Test
    void builder_vodJob_setsTheGivenComponents() {
        Instant started = Instant.parse("2025-09-01T12:00:01.512Z");
        VodJob job = VodJob.builder().guid("g-1").status(EncodingStatus.COMPLETE).rawStatus("Complete")
                .srcVideo("uploads/a.mp4").startTime(started)
                .workflow(WorkflowDetails.builder().srcWidth(1920).srcHeight(1080).build()).build();

        assertEquals(Optional.of(EncodingStatus.COMPLETE), job.status());
        assertEquals(Optional.of(started), job.startTime());
        assertEquals(OptionalInt.of(1920), job.workflow().srcWidth());
        assertEquals(Optional.empty(), job.mediaInfo());
        assertEquals(true, job.isTerminal());
    }
}
