package io.github.vodclient.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code toString()} of events stays one short line; the raw message is reachable through its accessor only. */
class EventToStringTest {

    @ParameterizedTest
    @ValueSource(strings = {"gen_A-video_sns_ingest.json", "gen_A-video_sns_complete.json",
            "gen_B-metadata-mediapackage_sns_complete.json", "gen_error-handler_lambda-error_sns.json",
            "gen_error-handler_mediaconvert-error_sns.json", Fixtures.REAL_SNS + "test-notification-with-subject.json"})
    void toString_eachKindOfEvent_isOneShortLineWithoutTheRawMessage(String fixture) {
        VodEvent event = VodEventParser.create().parse(Fixtures.text(fixture)).values().get(0);

        String text = event.toString();

        assertFalse(text.contains("\n"), text);
        assertTrue(text.length() < 400, text.length() + ": " + text);
        assertTrue(text.endsWith(", rawMessage=" + event.rawMessage().length() + " chars]"), text);
        assertFalse(text.contains(event.rawMessage().strip().substring(0, 20)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gen_A-video_sns_complete.json"})
    void toString_complete_namesGuidSourceAndOutputsNotTheirUrls(String fixture) {
        CompleteEvent event = (CompleteEvent) VodEventParser.create().parse(Fixtures.text(fixture)).values().get(0);

        assertEquals("CompleteEvent[guid=" + Fixtures.GUID + ", srcVideo=" + event.srcVideo().orElseThrow()
                + ", endTime=" + event.endTime().orElseThrow() + ", playback=[hls, thumbnails x1], custom=[], sns=none, "
                + "rawMessage="
                + event.rawMessage().length() + " chars]", event.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gen_error-handler_mediaconvert-error_sns.json"})
    void toString_errorWithLongMessage_clipsItTo100Characters(String fixture) {
        ErrorEvent event = (ErrorEvent) VodEventParser.create().parse(Fixtures.text(fixture)).values().get(0);
        String message = event.errorMessage().orElseThrow().replace('\n', ' ');

        assertTrue(message.length() > 100, "the fixture's message is long: " + message.length());
        assertTrue(event.toString().contains(", errorMessage=" + message.substring(0, 97) + "..., sns="),
                event.toString());
    }
}
