package io.github.vodclient.testing.internal.local;

import io.github.vodclient.testing.LocalVodStack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Media info is measured from the file's boxes, in the mediainfo step's format. */
class MediaProbeTest {

    @Test
    void probe_bundledSample_measuresContainerAndTracks(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("sample.mp4");
        try (InputStream in = LocalVodStack.class.getResourceAsStream("sample.mp4")) {
            Files.copy(in, sample);
        }

        MediaProbe.Result result = MediaProbe.probe(sample, "video/1/sample.mp4");

        assertTrue(result.hasVideo());
        assertEquals("{\n"
                + "  \"filename\": \"video/1/sample.mp4\",\n"
                + "  \"container\": {\n"
                + "    \"format\": \"MPEG-4\",\n"
                + "    \"fileSize\": " + Files.size(sample) + ",\n"
                + "    \"duration\": 3,\n"
                + "    \"totalBitrate\": " + Math.round(Files.size(sample) * 8 / 3.0) + "\n"
                + "  },\n"
                + "  \"video\": [\n"
                + "    {\n"
                + "      \"codec\": \"AVC\",\n"
                + "      \"width\": 320,\n"
                + "      \"height\": 180,\n"
                + "      \"framerate\": 25\n"
                + "    }\n"
                + "  ],\n"
                + "  \"audio\": [\n"
                + "    {\n"
                + "      \"codec\": \"AAC\",\n"
                + "      \"channels\": 2,\n"
                + "      \"samplingRate\": 44100\n"
                + "    }\n"
                + "  ]\n"
                + "}", JsJson.pretty(result.srcMediainfo()));
    }

    @Test
    void probe_notAVideo_keepsOnlyNameAndSizeAndSaysWhy(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.mp4"), "definitely not an ISO base media file");

        MediaProbe.Result result = MediaProbe.probe(junk, "junk.mp4");

        assertFalse(result.hasVideo());
        assertEquals(Map.of("filename", "junk.mp4", "container", Map.of("fileSize", Files.size(junk))),
                result.srcMediainfo());
        assertTrue(result.problem().orElseThrow().startsWith("not an MP4 or QuickTime file"));
        assertEquals(List.of("filename", "container"), List.copyOf(result.srcMediainfo().keySet()));
    }
}
