package io.github.vodclient.testing.internal.local;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mov.media.QuickTimeSoundDirectory;
import com.drew.metadata.mov.media.QuickTimeVideoDirectory;
import com.drew.metadata.mp4.Mp4Directory;
import com.drew.metadata.mp4.media.Mp4SoundDirectory;
import com.drew.metadata.mp4.media.Mp4VideoDirectory;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline's mediainfo step, measured with a pure-Java MP4/QuickTime parser (metadata-extractor): builds the
 * {@code srcMediainfo} document (VOD-CONTRACT §4; durations in seconds) from what the file's boxes say. Nothing is
 * invented: a value the parser does not report is left out, as the real step drops nulls. A file the parser cannot
 * read gets only its name and size, like MediaInfo's report of an unknown file, and no video track: the workflow
 * then fails at its profiler step, as the real one does.
 */
final class MediaProbe {

    /** What was measured, and why there is no video track when there is none. */
    record Result(Map<String, Object> srcMediainfo, Optional<String> problem) {
        boolean hasVideo() {
            return srcMediainfo.get("video") instanceof List<?> video && !video.isEmpty();
        }
    }

    private MediaProbe() {
    }

    static Result probe(Path file, String srcVideo) throws IOException {
        long size = Files.size(file);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("filename", srcVideo);
        Map<String, Object> container = new LinkedHashMap<>();
        info.put("container", container);
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(file.toFile());
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            container.put("fileSize", size);
            return new Result(info, Optional.of("not an MP4 or QuickTime file (" + e.getMessage() + ")"));
        }
        Optional<Double> duration = duration(metadata);
        container.put("format", format(metadata).orElse(null));
        container.put("fileSize", size);
        duration.ifPresent(d -> {
            container.put("duration", seconds(d));
            if (d > 0) {
                container.put("totalBitrate", Math.round(size * 8 / d));
            }
        });
        List<Map<String, Object>> video = new ArrayList<>();
        List<Map<String, Object>> audio = new ArrayList<>();
        for (Directory d : metadata.getDirectories()) {
            if (d instanceof Mp4VideoDirectory || d instanceof QuickTimeVideoDirectory) {
                video.add(videoTrack(d));
            } else if (d instanceof Mp4SoundDirectory || d instanceof QuickTimeSoundDirectory) {
                audio.add(audioTrack(d));
            }
        }
        if (!video.isEmpty()) {
            info.put("video", video);
        }
        if (!audio.isEmpty()) {
            info.put("audio", audio);
        }
        Optional<String> problem = video.isEmpty()
                ? Optional.of(format(metadata).isPresent() ? "the file has no video track" : "not an MP4 or QuickTime file")
                : Optional.empty();
        return new Result(info, problem);
    }

    private static Optional<String> format(Metadata metadata) {
        if (metadata.containsDirectoryOfType(Mp4Directory.class)
                || metadata.containsDirectoryOfType(QuickTimeDirectory.class)) {
            return Optional.of("MPEG-4"); // MediaInfo's name for both MP4 and QuickTime files
        }
        return Optional.empty();
    }

    private static Optional<Double> duration(Metadata metadata) {
        Mp4Directory mp4 = metadata.getFirstDirectoryOfType(Mp4Directory.class);
        if (mp4 != null) {
            return ratio(mp4, Mp4Directory.TAG_DURATION, Mp4Directory.TAG_TIME_SCALE);
        }
        QuickTimeDirectory mov = metadata.getFirstDirectoryOfType(QuickTimeDirectory.class);
        if (mov != null) {
            return ratio(mov, QuickTimeDirectory.TAG_DURATION, QuickTimeDirectory.TAG_TIME_SCALE);
        }
        return Optional.empty();
    }

    private static Optional<Double> ratio(Directory d, int durationTag, int scaleTag) {
        Long units = d.getLongObject(durationTag);
        Long scale = d.getLongObject(scaleTag);
        if (units == null || scale == null || scale <= 0) {
            return Optional.empty();
        }
        return Optional.of(units / (double) scale);
    }

    private static Map<String, Object> videoTrack(Directory d) {
        boolean mp4 = d instanceof Mp4VideoDirectory;
        Map<String, Object> track = new LinkedHashMap<>();
        String compression = d.getString(mp4 ? Mp4VideoDirectory.TAG_COMPRESSION_TYPE
                : QuickTimeVideoDirectory.TAG_COMPRESSION_TYPE);
        track.put("codec", codec(compression));
        track.put("width", d.getInteger(mp4 ? Mp4VideoDirectory.TAG_WIDTH : QuickTimeVideoDirectory.TAG_WIDTH));
        track.put("height", d.getInteger(mp4 ? Mp4VideoDirectory.TAG_HEIGHT : QuickTimeVideoDirectory.TAG_HEIGHT));
        Double rate = d.getDoubleObject(mp4 ? Mp4VideoDirectory.TAG_FRAME_RATE : QuickTimeVideoDirectory.TAG_FRAME_RATE);
        if (rate != null && rate > 0) {
            track.put("framerate", BigDecimal.valueOf(rate).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros());
        }
        return track;
    }

    private static Map<String, Object> audioTrack(Directory d) {
        boolean mp4 = d instanceof Mp4SoundDirectory;
        Map<String, Object> track = new LinkedHashMap<>();
        track.put("codec", codec(d.getString(mp4 ? Mp4SoundDirectory.TAG_AUDIO_FORMAT
                : QuickTimeSoundDirectory.TAG_AUDIO_FORMAT)));
        track.put("channels", d.getInteger(mp4 ? Mp4SoundDirectory.TAG_NUMBER_OF_CHANNELS
                : QuickTimeSoundDirectory.TAG_NUMBER_OF_CHANNELS));
        Double rate = d.getDoubleObject(mp4 ? Mp4SoundDirectory.TAG_AUDIO_SAMPLE_RATE
                : QuickTimeSoundDirectory.TAG_AUDIO_SAMPLE_RATE);
        if (rate != null && rate > 0) {
            track.put("samplingRate", Math.round(rate));
        }
        return track;
    }

    /** MediaInfo's codec names for what the parser reports ("H.264" is "AVC" there). */
    private static String codec(String parsed) {
        if (parsed == null) {
            return null;
        }
        if (parsed.contains("H.264") || parsed.equalsIgnoreCase("avc1")) {
            return "AVC";
        }
        if (parsed.contains("H.265") || parsed.contains("HEVC") || parsed.equalsIgnoreCase("hvc1")) {
            return "HEVC";
        }
        if (parsed.contains("AAC")) {
            return "AAC";
        }
        return parsed.trim();
    }

    private static BigDecimal seconds(double seconds) {
        return BigDecimal.valueOf(seconds).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
