package io.github.vodclient.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.event.ErrorEvent;
import io.github.vodclient.event.IngestEvent;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.testing.SnsTestMessages.Published;
import io.github.vodclient.testing.SnsTestMessages.Solution;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated pipeline messages read as the library reads the real ones, in every solution version. */
class PipelineMessagesTest {
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final String KEY = "uploads/My Video (1).mp4";
    private static final Instant ENDED = Instant.parse("2025-09-01T12:00:46.512Z");
    private static final SnsTestMessages SNS = SnsTestMessages.builder().clock(Clock.fixed(ENDED, ZoneOffset.UTC))
            .build();
    private final VodEventParser parser = VodEventParser.create();

    @Test
    void ingest_current_isByteForByteTheSolutionsMessage() throws IOException {
        Published ingest = SNS.ingest(GUID, KEY);

        assertEquals(fixture("gen_A-video_sns_ingest_message-body.json").stripTrailing(), ingest.message());
        assertEquals("Workflow Status:: Ingest:: " + GUID, ingest.subject());
    }

    @ParameterizedTest
    @EnumSource(Solution.class)
    void complete_eachVersion_parsesWithGuidKeyTimesAndThumbnail(Solution solution) {
        Published published = SNS.complete(GUID, KEY, solution);

        CompleteEvent complete = assertInstanceOf(CompleteEvent.class,
                parser.parseMessage(published.message(), published.subject()));

        assertEquals(GUID, complete.guid());
        assertEquals(Optional.of(KEY), complete.srcVideo());
        Instant expectedEnd = solution.compareTo(Solution.V5_0) < 0 ? Instant.parse("2025-09-01T12:00:00.500Z")
                : ENDED;
        assertEquals(Optional.of(expectedEnd), complete.endTime());
        assertEquals("https://d1a2b3c4d5e6f7.cloudfront.net/" + GUID + "/thumbnails/My%20Video%20(1)_thumb.0000004.jpg",
                complete.playback().thumbnails().stream().map(MediaUrl::uri).findFirst().orElseThrow().toString());
    }

    @ParameterizedTest
    @EnumSource(Solution.class)
    void error_eachVersion_parsesWithGuidAndMessage(Solution solution) {
        Published published = SNS.error(GUID, "encode failed", solution);

        ErrorEvent error = assertInstanceOf(ErrorEvent.class,
                parser.parseMessage(published.message(), published.subject()));

        assertEquals(GUID, error.guid());
        assertEquals(Optional.of("encode failed"), error.errorMessage());
        assertEquals(Optional.of("vod-stack-encode"), error.errorAt());
    }

    @Test
    void ingest_parses() {
        Published published = SNS.ingest(GUID, KEY);

        IngestEvent ingest = assertInstanceOf(IngestEvent.class, parser.parseMessage(published.message()));

        assertEquals(KEY, ingest.srcVideo());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = PipelineMessagesTest.class.getResourceAsStream("/io/github/vodclient/event/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
