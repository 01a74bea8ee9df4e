package io.github.vodclient.testing.internal.local;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The mediainfo step measured with {@code ffprobe} (when it is installed): reads any container ffmpeg reads, and
 * maps its report to the {@code srcMediainfo} format (MediaInfo's names: "AVC", "MPEG-4"; durations in seconds).
 * Values ffprobe does not report are left out. A file ffprobe cannot read gets only its name and size.
 */
final class FfprobeMediaProbe {
    private static final long TIMEOUT_SECONDS = 30;

    private FfprobeMediaProbe() {
    }

    /** Whether {@code ffprobe} runs here. */
    static boolean available() {
        return Tools.available("ffprobe");
    }

    static MediaProbe.Result probe(Path file, String srcVideo) throws IOException {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("filename", srcVideo);
        Map<String, Object> container = new LinkedHashMap<>();
        info.put("container", container);
        Optional<Map<?, ?>> report = run(file);
        if (report.isEmpty()) {
            container.put("fileSize", Files.size(file));
            return new MediaProbe.Result(info, Optional.of("ffprobe cannot read the file"));
        }
        Map<?, ?> format = report.get().get("format") instanceof Map<?, ?> f ? f : Map.of();
        container.put("format", containerFormat(format));
        container.put("fileSize", integer(format.get("size")).orElse(Files.size(file)));
        container.put("duration", seconds(format.get("duration")));
        container.put("totalBitrate", integer(format.get("bit_rate")).orElse(null));
        List<Map<String, Object>> video = new ArrayList<>();
        List<Map<String, Object>> audio = new ArrayList<>();
        if (report.get().get("streams") instanceof List<?> streams) {
            for (Object s : streams) {
                if (s instanceof Map<?, ?> stream && "video".equals(stream.get("codec_type"))
                        && !isAttachedPicture(stream)) {
                    video.add(videoTrack(stream));
                } else if (s instanceof Map<?, ?> stream && "audio".equals(stream.get("codec_type"))) {
                    audio.add(audioTrack(stream));
                }
            }
        }
        if (!video.isEmpty()) {
            info.put("video", video);
        }
        if (!audio.isEmpty()) {
            info.put("audio", audio);
        }
        return new MediaProbe.Result(info, video.isEmpty() ? Optional.of("the file has no video track")
                : Optional.empty());
    }

    private static Optional<Map<?, ?>> run(Path file) throws IOException {
        Process process = new ProcessBuilder("ffprobe", "-v", "error", "-print_format", "json", "-show_format",
                "-show_streams", file.toAbsolutePath().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                return Optional.empty();
            }
            Object report = JsJson.read(new String(output, StandardCharsets.UTF_8));
            return report instanceof Map<?, ?> map && map.get("format") != null ? Optional.of(map) : Optional.empty();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffprobe ran", e);
        }
    }

    private static boolean isAttachedPicture(Map<?, ?> stream) {
        return stream.get("disposition") instanceof Map<?, ?> d && Integer.valueOf(1).equals(asInt(d.get("attached_pic")));
    }

    private static String containerFormat(Map<?, ?> format) {
        String name = String.valueOf(format.get("format_name"));
        if (name.contains("mp4") || name.contains("mov")) {
            return "MPEG-4";
        }
        if (name.contains("matroska")) {
            return "Matroska";
        }
        if (name.equals("mpegts")) {
            return "MPEG-TS";
        }
        return format.get("format_long_name") instanceof String longName ? longName : null;
    }

    private static Map<String, Object> videoTrack(Map<?, ?> stream) {
        Map<String, Object> track = new LinkedHashMap<>();
        track.put("codec", codec(stream.get("codec_name")));
        track.put("profile", stream.get("profile"));
        track.put("bitrate", integer(stream.get("bit_rate")).orElse(null));
        track.put("duration", seconds(stream.get("duration")));
        track.put("frameCount", integer(stream.get("nb_frames")).orElse(null));
        Integer width = asInt(stream.get("width"));
        Integer height = asInt(stream.get("height"));
        track.put("width", width);
        track.put("height", height);
        track.put("framerate", rate(stream.get("avg_frame_rate")).or(() -> rate(stream.get("r_frame_rate")))
                .orElse(null));
        if ("progressive".equals(stream.get("field_order"))) {
            track.put("scanType", "Progressive");
        }
        if (width != null && height != null && height > 0) {
            track.put("aspectRatio", BigDecimal.valueOf(width).divide(BigDecimal.valueOf(height), 3,
                    RoundingMode.HALF_UP).toPlainString());
        }
        integer(stream.get("bits_per_raw_sample")).ifPresent(bits -> track.put("bitDepth", bits));
        return track;
    }

    private static Map<String, Object> audioTrack(Map<?, ?> stream) {
        Map<String, Object> track = new LinkedHashMap<>();
        track.put("codec", codec(stream.get("codec_name")));
        track.put("profile", stream.get("profile"));
        track.put("bitrate", integer(stream.get("bit_rate")).orElse(null));
        track.put("duration", seconds(stream.get("duration")));
        track.put("frameCount", integer(stream.get("nb_frames")).orElse(null));
        track.put("channels", asInt(stream.get("channels")));
        track.put("samplingRate", integer(stream.get("sample_rate")).orElse(null));
        return track;
    }

    /** MediaInfo's format names for ffmpeg's codec names. */
    private static String codec(Object ffmpegName) {
        if (!(ffmpegName instanceof String name)) {
            return null;
        }
        return switch (name) {
            case "h264" -> "AVC";
            case "hevc" -> "HEVC";
            case "aac" -> "AAC";
            case "mp3" -> "MPEG Audio";
            case "ac3" -> "AC-3";
            case "eac3" -> "E-AC-3";
            case "mpeg2video" -> "MPEG Video";
            case "prores" -> "ProRes";
            default -> name.toUpperCase(Locale.ROOT);
        };
    }

    private static Optional<Long> integer(Object value) {
        try {
            return value == null ? Optional.empty() : Optional.of(new BigDecimal(value.toString()).longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Integer asInt(Object value) {
        return value instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    }

    private static BigDecimal seconds(Object value) {
        try {
            return value == null ? null
                    : new BigDecimal(value.toString()).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code "25/1"} to 25, {@code "30000/1001"} to 29.97; {@code "0/0"} is no rate. */
    private static Optional<BigDecimal> rate(Object value) {
        if (!(value instanceof String text) || !text.matches("\\d+/\\d+")) {
            return Optional.empty();
        }
        String[] parts = text.split("/");
        BigDecimal denominator = new BigDecimal(parts[1]);
        if (denominator.signum() == 0 || new BigDecimal(parts[0]).signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(parts[0]).divide(denominator, 3, RoundingMode.HALF_UP).stripTrailingZeros());
    }
}
