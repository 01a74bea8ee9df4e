package io.github.vodclient.job;

import static io.github.vodclient.testing.TestItems.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodParseException;
import io.github.vodclient.job.MediaInfo.AudioTrack;
import io.github.vodclient.job.MediaInfo.ContainerInfo;
import io.github.vodclient.job.MediaInfo.TextTrack;
import io.github.vodclient.job.MediaInfo.VideoTrack;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MediaInfoTest {
    private static final Duration LENGTH = Duration.ofMillis(21_021);

    @Test
    void parseMediaInfo_currentFormat_readsEveryFieldWithDurationsInSeconds() {
        MediaInfo info = VodJobs.parseMediaInfo(resource("readme_mediainfo_srcMediainfo_v20.09.json"));

        assertFalse(info.legacyFormat());
        assertEquals(Optional.of("video.mp4"), info.filename());
        assertEquals(new ContainerInfo(Optional.of("MPEG-4"), OptionalLong.of(22_145_829), Optional.of(LENGTH),
                OptionalLong.of(8_428_078)), info.container());
        assertEquals(List.of(new VideoTrack(Optional.of("AVC"), Optional.of("High@L4"), OptionalLong.of(8_000_000),
                Optional.of(LENGTH), OptionalLong.of(630), OptionalInt.of(1920), OptionalInt.of(1080),
                OptionalDouble.of(29.97), Optional.of("Progressive"), Optional.of("1.778"), OptionalInt.of(8),
                Optional.of("YUV 4:2:0"))), info.video());
        assertEquals(List.of(new AudioTrack(Optional.of("AAC"), Optional.empty(), OptionalLong.of(384_000),
                Optional.of("VBR"), Optional.of(LENGTH), OptionalLong.of(985), OptionalInt.of(2),
                OptionalInt.of(48_000), Optional.empty())), info.audio());
        assertEquals(List.of(), info.text());
    }

    @Test
    void parseMediaInfo_legacyFormat_normalisesMillisecondsToTheSameDurations() {
        MediaInfo legacy = VodJobs.parseMediaInfo(resource("readme_mediainfo_srcMediainfo_legacy_v0.7.92.json"));
        MediaInfo current = VodJobs.parseMediaInfo(resource("readme_mediainfo_srcMediainfo_v20.09.json"));

        assertTrue(legacy.legacyFormat());
        assertEquals(Optional.of(LENGTH), legacy.container().duration());
        assertEquals(Optional.of(LENGTH), legacy.video().get(0).duration());
        assertEquals(Optional.of(LENGTH), legacy.audio().get(0).duration());
        assertEquals(Optional.of("16:9"), legacy.video().get(0).aspectRatio());
        assertEquals(current.container(), legacy.container());
        assertEquals(current.audio(), legacy.audio());
    }

    @Test
    void parseMediaInfo_legacyMarkerOnlyInAspectRatio_isLegacy() {
        MediaInfo info = VodJobs.parseMediaInfo("{\"video\":[{\"duration\":1500,\"aspectRatio\":\"4:3\"}]}");

        assertTrue(info.legacyFormat());
        assertEquals(Optional.of(Duration.ofMillis(1500)), info.video().get(0).duration());
    }

    @Test
    void parseMediaInfo_integerSecondsWithoutLegacyMarkers_areSeconds() {
        MediaInfo info = VodJobs.parseMediaInfo("{\"container\":{\"duration\":10},\"video\":[{\"aspectRatio\":\"1.778\"}]}");

        assertFalse(info.legacyFormat());
        assertEquals(Optional.of(Duration.ofSeconds(10)), info.container().duration());
    }

    @Test
    void parseMediaInfo_numbersAsFloatsOrStrings_areAccepted() {
        MediaInfo info = VodJobs.parseMediaInfo("{\"container\":{\"fileSize\":1024.0,\"totalBitrate\":\"800\","
                + "\"duration\":\"2.5\"},\"video\":[{\"width\":1280.0,\"height\":720,\"framerate\":25,"
                + "\"bitrate\":999.6}]}");

        assertEquals(OptionalLong.of(1024), info.container().fileSize());
        assertEquals(OptionalLong.of(800), info.container().totalBitrate());
        assertEquals(Optional.of(Duration.ofMillis(2500)), info.container().duration());
        VideoTrack video = info.video().get(0);
        assertEquals(OptionalInt.of(1280), video.width());
        assertEquals(OptionalDouble.of(25.0), video.frameRate());
        assertEquals(OptionalLong.of(1000), video.bitrate());
    }

    @Test
    void parseMediaInfo_colorSpaceNoneNone_isUnknown() {
        MediaInfo info = VodJobs.parseMediaInfo("{\"video\":[{\"colorSpace\":\"None None\"},{\"colorSpace\":\"YUV None\"}]}");

        assertEquals(Optional.empty(), info.video().get(0).colorSpace());
        assertEquals(Optional.of("YUV None"), info.video().get(1).colorSpace());
    }

    @Test
    void parseMediaInfo_profilerItemsMinimalDocument_hasOnlyWidthAndHeight() {
        MediaInfo info = VodJobs.parseMediaInfo("{ \"video\": [{ \"height\": 720, \"width\": 1280 }] }");

        assertEquals(ContainerInfo.none(), info.container());
        assertEquals(OptionalInt.of(1280), info.video().get(0).width());
        assertEquals(OptionalInt.of(720), info.video().get(0).height());
        assertEquals(Optional.empty(), info.video().get(0).codec());
        assertTrue(info.audio().isEmpty());
    }

    @Test
    void parseMediaInfo_parserOutputsWithSingleObjectTracksAndTextTrack_readsEachAsOneTrack() {
        MediaInfo info = VodJobs.parseMediaInfo(resource("test_mediainfo_parser_outputs.json"));

        assertEquals(1, info.video().size());
        assertEquals(1, info.audio().size());
        assertEquals(new TextTrack(Optional.of("1"), Optional.of("TXT"), Optional.of(Duration.ofSeconds(1000)),
                OptionalLong.of(21_021), Optional.of("500")), info.text().get(0));
    }

    @Test
    void parseMediaInfo_wrongTypes_nameTheField() {
        VodParseException width = assertThrows(VodParseException.class,
                () -> VodJobs.parseMediaInfo("{\"video\":[{\"width\":\"wide\"}]}"));
        assertEquals("srcMediainfo.video[0].width must be a number, was 'wide'", width.getMessage());

        VodParseException audio = assertThrows(VodParseException.class,
                () -> VodJobs.parseMediaInfo("{\"audio\":[{\"channels\":2}, 7]}"));
        assertEquals("srcMediainfo.audio[1] must be an object, was a number", audio.getMessage());

        VodParseException container = assertThrows(VodParseException.class,
                () -> VodJobs.parseMediaInfo("{\"container\":[]}"));
        assertEquals("srcMediainfo.container must be an object, was an array", container.getMessage());

        VodParseException negative = assertThrows(VodParseException.class,
                () -> VodJobs.parseMediaInfo("{\"container\":{\"duration\":-1}}"));
        assertEquals("srcMediainfo.container.duration must not be negative, was -1", negative.getMessage());
    }

    @Test
    void parseMediaInfo_hugeExponents_areOutOfRangeOrZeroWithoutExpandingTheNumber() {
        // each rescaled to a whole number took from 13 s to minutes of CPU
        String json = "{\"filename\":1e99999999,"
                + "\"container\":{\"duration\":1e-99999999,\"totalBitrate\":\"1e-9999999\"},"
                + "\"video\":[{\"width\":1e99999999}],\"audio\":[{\"bitrate\":\"-1e9999999\"}]}";

        VodParseException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(VodParseException.class, () -> VodJobs.parseMediaInfo(json)));
        assertEquals("srcMediainfo.video[0].width is out of range: 1E+99999999", e.getMessage());
        MediaInfo info = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> VodJobs.parseMediaInfo(json.replace("1e99999999}", "1}").replace("-1e9999999", "1")));
        assertEquals(Optional.of("1E+99999999"), info.filename());
        assertEquals(Optional.of(Duration.ZERO), info.container().duration());
        assertEquals(OptionalLong.of(0), info.container().totalBitrate());
    }

    @Test
    void parseMediaInfo_notJsonOrNotAnObject_isRejected() {
        assertTrue(assertThrows(VodParseException.class, () -> VodJobs.parseMediaInfo("{\"video\": ["))
                .getMessage().startsWith("srcMediainfo is not valid JSON"));
        assertEquals("srcMediainfo must be a JSON object, was an array",
                assertThrows(VodParseException.class, () -> VodJobs.parseMediaInfo("[]")).getMessage());
        assertEquals("srcMediainfo is empty",
                assertThrows(VodParseException.class, () -> VodJobs.parseMediaInfo("  ")).getMessage());
    }

    @Test
    void fromSqsBody_solutionsOwnQueueBody_readsMediaInfoWithoutLookUp() {
        MediaInfo info = VodJobs.fromSqsBody(resource("/io/github/vodclient/event/gen_A-video_sqs_message-body.json"))
                .mediaInfo().orElseThrow();

        assertEquals(Optional.of("uploads/My Video (1).mp4"), info.filename());
        assertEquals(Optional.of(LENGTH), info.container().duration());
        assertEquals(OptionalInt.of(1080), info.video().get(0).height());
    }

    @Test
    void fromSqsBody_bodyWithoutMediaInfo_isEmpty() {
        assertEquals(Optional.empty(), VodJobs.fromSqsBody("{\"guid\":\"g-1\",\"workflowStatus\":\"Complete\"}").mediaInfo());
    }

    @Test
    void fromSqsBody_mediaInfoNotAString_namesTheField() {
        VodParseException e = assertThrows(VodParseException.class,
                () -> VodJobs.fromSqsBody("{\"guid\":\"g-1\",\"srcMediainfo\":{\"video\":[]}}"));
        assertEquals("body.srcMediainfo must be a string, was an object", e.getMessage());
    }
}
