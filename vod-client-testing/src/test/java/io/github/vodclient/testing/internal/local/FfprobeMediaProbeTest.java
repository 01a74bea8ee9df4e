package io.github.vodclient.testing.internal.local;

import io.github.vodclient.testing.LocalVodStack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ffprobe path of the mediainfo step; runs only where ffprobe is installed (the build never needs it). */
class FfprobeMediaProbeTest {

    @BeforeAll
    static void ffprobeInstalled() {
        assumeTrue(FfprobeMediaProbe.available(), "ffprobe is not installed");
    }

    @Test
    void probe_bundledSample_measuresTheSameAsThePureJavaParser(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("sample.mp4");
        try (InputStream in = LocalVodStack.class.getResourceAsStream("sample.mp4")) {
            Files.copy(in, sample);
        }

        Map<String, Object> info = FfprobeMediaProbe.probe(sample, "sample.mp4").srcMediainfo();

        Map<?, ?> container = (Map<?, ?>) info.get("container");
        assertEquals("MPEG-4", container.get("format"));
        assertEquals(Files.size(sample), container.get("fileSize"));
        assertEquals(0, new BigDecimal("3").compareTo((BigDecimal) container.get("duration")));
        Map<?, ?> video = (Map<?, ?>) ((List<?>) info.get("video")).get(0);
        assertEquals("AVC", video.get("codec"));
        assertEquals(320, video.get("width"));
        assertEquals(180, video.get("height"));
        Map<?, ?> audio = (Map<?, ?>) ((List<?>) info.get("audio")).get(0);
        assertEquals("AAC", audio.get("codec"));
        assertEquals(44100L, audio.get("samplingRate"));
    }

    @Test
    void probe_notAVideo_keepsOnlyNameAndSize(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.mp4"), "definitely not a video");

        MediaProbe.Result result = FfprobeMediaProbe.probe(junk, "junk.mp4");

        assertFalse(result.hasVideo());
        assertEquals(Map.of("filename", "junk.mp4", "container", Map.of("fileSize", Files.size(junk))),
                result.srcMediainfo());
    }
}
