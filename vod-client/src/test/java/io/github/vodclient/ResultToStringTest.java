package io.github.vodclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.video.HandleResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A result of handling a real Complete prints as one short line that holds no raw message. */
class ResultToStringTest {
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";

    @Test
    void toString_batchWithOneHandledComplete_isOneLineUnder600CharactersWithoutTheRawMessage() throws IOException {
        String published;
        try (InputStream in = getClass().getResourceAsStream(
                "/io/github/vodclient/event/gen_A-video_sns_complete.json")) {
            published = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        InMemoryVideoRepository videos = new InMemoryVideoRepository();
        videos.createVideo("v1", "uploads/My Video (1).mp4");
        try (VodClient vod = VodClient.builder().videoRepository(videos).build()) {
            BatchResult<HandleResult> batch = vod.handle(published);

            HandleResult result = batch.values().get(0);
            assertEquals(HandleResult.Outcome.APPLIED, result.outcome());
            String text = batch.toString();
            assertFalse(text.contains("\n"), text);
            assertTrue(text.length() < 600, text.length() + ": " + text);
            assertTrue(text.contains("HandleResult[outcome=APPLIED, event=CompleteEvent " + GUID + ", videoId=v1, "
                    + "update=VideoUpdate[videoId=v1, NEW -> COMPLETE, jobGuid=" + GUID), text);
            assertFalse(text.contains("hlsPlaylist"), text);
            CompleteEvent event = (CompleteEvent) result.event();
            assertTrue(event.rawMessage().length() > 1_000, "the raw message stays on its accessor");
            assertTrue(event.rawMessage().contains("\"hlsPlaylist\""));
        }
    }
}
