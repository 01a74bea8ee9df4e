package io.github.vodclient.internal.job;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vodclient.VodParseException;
import io.github.vodclient.internal.Json;
import io.github.vodclient.internal.JsonReading;
import io.github.vodclient.internal.Limits;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.job.MediaInfo.AudioTrack;
import io.github.vodclient.job.MediaInfo.ContainerInfo;
import io.github.vodclient.job.MediaInfo.TextTrack;
import io.github.vodclient.job.MediaInfo.VideoTrack;
import io.github.vodclient.job.MediaInfo;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads the pipeline's {@code srcMediainfo} document in both of its formats. The document is small (a few KB), so
 * it is first read into plain values ({@link JsonReading#value}, numbers exact) and then typed: the duration unit
 * depends on markers that may come after the durations. Thread-safe: stateless.
 */
public final class MediaInfoReader {
    /** Largest document accepted: more than a DynamoDB item (400 KB) can hold. */
    static final int MAX_BYTES = 1024 * 1024;

    private MediaInfoReader() {
    }

    /**
     * Parses a media info document.
     *
     * @param json the document
     * @param path how error messages name it, e.g. {@code "item.srcMediainfo"}
     * @return the typed media info
     */
    public static MediaInfo parse(String json, String path) {
        Limits.check(json, path, MAX_BYTES);
        Object root = read(json, path);
        if (!(root instanceof Map)) {
            throw JsonReading.wrongType(path, "a JSON object", root);
        }
        Map<?, ?> doc = (Map<?, ?>) root;
        Object c = doc.get("container");
        if (c != null && !(c instanceof Map)) {
            throw JsonReading.wrongType(path + ".container", "an object", c);
        }
        Map<?, ?> container = (Map<?, ?>) c;
        String at = path + ".container";
        List<?> video = tracks(doc, path, "video");
        List<?> audio = tracks(doc, path, "audio");
        List<?> text = tracks(doc, path, "text");
        boolean legacy = isLegacy(container, video);

        List<VideoTrack> videoTracks = new ArrayList<>(video.size());
        for (int i = 0; i < video.size(); i++) {
            Map<?, ?> v = (Map<?, ?>) video.get(i);
            String vp = trackPath(doc, path, "video", i);
            videoTracks.add(new VideoTrack(string(v, vp, "codec"), string(v, vp, "profile"),
                    longValue(v, vp, "bitrate"), duration(v, vp, "duration", legacy), longValue(v, vp, "frameCount"),
                    intValue(v, vp, "width"), intValue(v, vp, "height"), doubleValue(v, vp, "framerate"),
                    string(v, vp, "scanType"), string(v, vp, "aspectRatio"), intValue(v, vp, "bitDepth"),
                    string(v, vp, "colorSpace").filter(MediaInfoReader::isKnownColorSpace)));
        }
        List<AudioTrack> audioTracks = new ArrayList<>(audio.size());
        for (int i = 0; i < audio.size(); i++) {
            Map<?, ?> a = (Map<?, ?>) audio.get(i);
            String ap = trackPath(doc, path, "audio", i);
            audioTracks.add(new AudioTrack(string(a, ap, "codec"), string(a, ap, "profile"),
                    longValue(a, ap, "bitrate"), string(a, ap, "bitrateMode"), duration(a, ap, "duration", legacy),
                    longValue(a, ap, "frameCount"), intValue(a, ap, "channels"), intValue(a, ap, "samplingRate"),
                    string(a, ap, "language")));
        }
        List<TextTrack> textTracks = new ArrayList<>(text.size());
        for (int i = 0; i < text.size(); i++) {
            Map<?, ?> t = (Map<?, ?>) text.get(i);
            String tp = trackPath(doc, path, "text", i);
            textTracks.add(new TextTrack(string(t, tp, "id"), string(t, tp, "format"),
                    duration(t, tp, "duration", legacy), longValue(t, tp, "frameCount"),
                    string(t, tp, "captionServiceName")));
        }
        ContainerInfo containerInfo = container == null ? ContainerInfo.none()
                : new ContainerInfo(string(container, at, "format"), longValue(container, at, "fileSize"),
                        duration(container, at, "duration", legacy), longValue(container, at, "totalBitrate"));
        return new MediaInfo(string(doc, path, "filename"), containerInfo, videoTracks, audioTracks, textTracks,
                legacy, json);
    }

    /**
     * The v4.0–4.2 format (durations in milliseconds) is told apart by its own markers, never by the durations'
     * values: the container's {@code mimeType}, or a video aspect ratio written as a ratio ({@code "16:9"}).
     */
    static boolean isLegacy(Map<?, ?> container, List<?> video) {
        if (container != null && container.containsKey("mimeType")) {
            return true;
        }
        for (Object v : video) {
            Object ratio = ((Map<?, ?>) v).get("aspectRatio");
            if (ratio instanceof String && ((String) ratio).indexOf(':') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The pipeline writes {@code "None None"} (colour space and chroma subsampling both unknown) for unknown. */
    static boolean isKnownColorSpace(String value) {
        for (String word : value.trim().split("\\s+")) {
            if (!word.isEmpty() && !word.equals("None")) {
                return true;
            }
        }
        return false;
    }

    /** The document as plain values, numbers exact: the duration unit depends on markers that may come later. */
    private static Object read(String json, String path) {
        try (JsonParser p = Json.factory().createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new VodParseException(path + " is empty");
            }
            Object value = JsonReading.value(p, first, true);
            JsonReading.expectEnd(p, path);
            return value;
        } catch (IOException e) {
            throw JsonReading.unreadable(path, e);
        }
    }

    /** A track array; a single object (as the parser's own outputs write it) is read as one track. */
    private static List<?> tracks(Map<?, ?> doc, String path, String name) {
        Object v = doc.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof Map) {
            return List.of(v);
        }
        if (!(v instanceof List)) {
            throw JsonReading.wrongType(path + "." + name, "an array of objects", v);
        }
        List<?> list = (List<?>) v;
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map)) {
                throw JsonReading.wrongType(trackPath(doc, path, name, i), "an object", list.get(i));
            }
        }
        return list;
    }

    private static String trackPath(Map<?, ?> doc, String path, String name, int i) {
        return doc.get(name) instanceof Map ? path + "." + name : path + "." + name + "[" + i + "]";
    }

    /** A string; numbers and booleans are taken as their text (mediainfo writes some ids as numbers). */
    private static Optional<String> string(Map<?, ?> m, String path, String name) {
        return Optional.ofNullable(JsonReading.lenientString(m.get(name), path, name));
    }

    private static OptionalLong longValue(Map<?, ?> m, String path, String name) {
        BigDecimal d = number(m, path, name);
        return d == null ? OptionalLong.empty() : OptionalLong.of(whole(d, 0, false, path, name));
    }

    private static OptionalInt intValue(Map<?, ?> m, String path, String name) {
        BigDecimal d = number(m, path, name);
        return d == null ? OptionalInt.empty() : OptionalInt.of((int) whole(d, 0, true, path, name));
    }

    private static OptionalDouble doubleValue(Map<?, ?> m, String path, String name) {
        BigDecimal d = number(m, path, name);
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d.doubleValue());
    }

    /** Seconds (v4.3+) or milliseconds (legacy), exact to the nanosecond. */
    private static Optional<Duration> duration(Map<?, ?> m, String path, String name, boolean legacyMillis) {
        BigDecimal d = number(m, path, name);
        if (d == null) {
            return Optional.empty();
        }
        if (d.signum() < 0) {
            throw new VodParseException(path + "." + name + " must not be negative, was " + JsonReading.text(d));
        }
        return Optional.of(Duration.ofNanos(whole(d, legacyMillis ? 6 : 9, false, path, name)));
    }

    /**
     * The number times 10^{@code shift}, rounded half up (counts and sizes written as decimals are rounded to the
     * nearest whole number), in the range of a long, or of an int when {@code asInt}. The range is checked on the
     * number's digits and exponent before any rounding: {@code 1e99999999} is ten characters of JSON, and rescaling
     * it to a whole number would take minutes of CPU.
     */
    private static long whole(BigDecimal d, int shift, boolean asInt, String path, String name) {
        long integerDigits = (long) d.precision() - d.scale() + shift;
        if (integerDigits < 0) {
            return 0; // below 0.1, rounds to zero
        }
        try {
            if (integerDigits > 19) {
                throw new ArithmeticException();
            }
            BigDecimal rounded = d.movePointRight(shift).setScale(0, RoundingMode.HALF_UP);
            return asInt ? rounded.intValueExact() : rounded.longValueExact();
        } catch (ArithmeticException e) {
            throw new VodParseException(path + "." + name + " is out of range: "
                    + Untrusted.escape(JsonReading.text(d)));
        }
    }

    /** A number, from a JSON number or a numeric string; null when absent. */
    private static BigDecimal number(Map<?, ?> m, String path, String name) {
        Object v = m.get(name);
        if (v == null || v instanceof BigDecimal) {
            return (BigDecimal) v;
        }
        if (v instanceof String) {
            try {
                return new BigDecimal(((String) v).trim());
            } catch (NumberFormatException e) {
                throw new VodParseException(path + "." + name + " must be a number, was "
                        + Untrusted.quote((String) v));
            }
        }
        throw JsonReading.wrongType(path + "." + name, "a number", v);
    }
}
