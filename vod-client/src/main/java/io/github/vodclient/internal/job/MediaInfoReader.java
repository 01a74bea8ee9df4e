package io.github.vodclient.internal.job;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads the pipeline's {@code srcMediainfo} document in both of its formats. The document is small (a few KB), so
 * it is first read into plain values and then typed: the duration unit depends on markers that may come after the
 * durations. Thread-safe: stateless.
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
            throw new VodParseException(path + " must be a JSON object, was " + kind(root));
        }
        Node doc = new Node((Map<?, ?>) root, path);
        Node container = doc.object("container");
        List<Node> video = doc.tracks("video");
        List<Node> audio = doc.tracks("audio");
        List<Node> text = doc.tracks("text");
        boolean legacy = isLegacy(container, video);

        List<VideoTrack> videoTracks = new ArrayList<>(video.size());
        for (Node v : video) {
            videoTracks.add(new VideoTrack(v.string("codec"), v.string("profile"), v.longValue("bitrate"),
                    v.duration("duration", legacy), v.longValue("frameCount"), v.intValue("width"),
                    v.intValue("height"), v.doubleValue("framerate"), v.string("scanType"), v.string("aspectRatio"),
                    v.intValue("bitDepth"), v.string("colorSpace").filter(MediaInfoReader::isKnownColorSpace)));
        }
        List<AudioTrack> audioTracks = new ArrayList<>(audio.size());
        for (Node a : audio) {
            audioTracks.add(new AudioTrack(a.string("codec"), a.string("profile"), a.longValue("bitrate"),
                    a.string("bitrateMode"), a.duration("duration", legacy), a.longValue("frameCount"),
                    a.intValue("channels"), a.intValue("samplingRate"), a.string("language")));
        }
        List<TextTrack> textTracks = new ArrayList<>(text.size());
        for (Node t : text) {
            textTracks.add(new TextTrack(t.string("id"), t.string("format"), t.duration("duration", legacy),
                    t.longValue("frameCount"), t.string("captionServiceName")));
        }
        ContainerInfo containerInfo = container == null ? ContainerInfo.none()
                : new ContainerInfo(container.string("format"), container.longValue("fileSize"),
                        container.duration("duration", legacy), container.longValue("totalBitrate"));
        return new MediaInfo(doc.string("filename"), containerInfo, videoTracks, audioTracks, textTracks, legacy,
                json);
    }

    /**
     * The v4.0–4.2 format (durations in milliseconds) is told apart by its own markers, never by the durations'
     * values: the container's {@code mimeType}, or a video aspect ratio written as a ratio ({@code "16:9"}).
     */
    static boolean isLegacy(Node container, List<Node> video) {
        if (container != null && container.values.containsKey("mimeType")) {
            return true;
        }
        for (Node v : video) {
            Object ratio = v.values.get("aspectRatio");
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

    // ---- first pass: plain values --------------------------------------------------------------------------

    private static Object read(String json, String path) {
        try (JsonParser p = Json.factory().createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new VodParseException(path + " is empty");
            }
            Object value = JsonReading.value(p, first, true);
            if (p.nextToken() != null) {
                throw new VodParseException(path + " has content after the end of the JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new VodParseException(path + " is not valid JSON: " + e.getOriginalMessage() + where, e);
        } catch (IOException e) {
            throw new VodParseException(path + " could not be read", e);
        }
    }

    private static String kind(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof BigDecimal) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "null";
    }

    // ---- second pass: typed fields -------------------------------------------------------------------------

    /** One JSON object of the document, with typed reads whose errors name the field. */
    static final class Node {
        final Map<?, ?> values;
        final String path;

        Node(Map<?, ?> values, String path) {
            this.values = values;
            this.path = path;
        }

        Node object(String name) {
            Object v = values.get(name);
            if (v == null) {
                return null;
            }
            if (!(v instanceof Map)) {
                throw wrong(name, "an object", v);
            }
            return new Node((Map<?, ?>) v, at(name));
        }

        /** A track array; a single object (as the parser's own outputs write it) is read as one track. */
        List<Node> tracks(String name) {
            Object v = values.get(name);
            if (v == null) {
                return List.of();
            }
            if (v instanceof Map) {
                return List.of(new Node((Map<?, ?>) v, at(name)));
            }
            if (!(v instanceof List)) {
                throw wrong(name, "an array of objects", v);
            }
            List<?> list = (List<?>) v;
            List<Node> nodes = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (!(item instanceof Map)) {
                    throw new VodParseException(at(name) + "[" + i + "] must be an object, was " + kind(item));
                }
                nodes.add(new Node((Map<?, ?>) item, at(name) + "[" + i + "]"));
            }
            return nodes;
        }

        /** A string; numbers and booleans are taken as their text (mediainfo writes some ids as numbers). */
        Optional<String> string(String name) {
            Object v = values.get(name);
            if (v == null) {
                return Optional.empty();
            }
            if (v instanceof String) {
                return Optional.of((String) v);
            }
            if (v instanceof BigDecimal) {
                return Optional.of(((BigDecimal) v).toPlainString());
            }
            if (v instanceof Boolean) {
                return Optional.of(v.toString());
            }
            throw wrong(name, "a string", v);
        }

        OptionalLong longValue(String name) {
            BigDecimal d = number(name);
            if (d == null) {
                return OptionalLong.empty();
            }
            try {
                return OptionalLong.of(d.setScale(0, RoundingMode.HALF_UP).longValueExact());
            } catch (ArithmeticException e) {
                throw outOfRange(name, d);
            }
        }

        OptionalInt intValue(String name) {
            BigDecimal d = number(name);
            if (d == null) {
                return OptionalInt.empty();
            }
            try {
                return OptionalInt.of(d.setScale(0, RoundingMode.HALF_UP).intValueExact());
            } catch (ArithmeticException e) {
                throw outOfRange(name, d);
            }
        }

        OptionalDouble doubleValue(String name) {
            BigDecimal d = number(name);
            return d == null ? OptionalDouble.empty() : OptionalDouble.of(d.doubleValue());
        }

        /** Seconds (v4.3+) or milliseconds (legacy), exact to the nanosecond. */
        Optional<Duration> duration(String name, boolean legacyMillis) {
            BigDecimal d = number(name);
            if (d == null) {
                return Optional.empty();
            }
            if (d.signum() < 0) {
                throw new VodParseException(at(name) + " must not be negative, was " + d.toPlainString());
            }
            try {
                long nanos = d.movePointRight(legacyMillis ? 6 : 9).setScale(0, RoundingMode.HALF_UP)
                        .longValueExact();
                return Optional.of(Duration.ofNanos(nanos));
            } catch (ArithmeticException e) {
                throw outOfRange(name, d);
            }
        }

        /** A number, from a JSON number or a numeric string. */
        private BigDecimal number(String name) {
            Object v = values.get(name);
            if (v == null) {
                return null;
            }
            if (v instanceof BigDecimal) {
                return (BigDecimal) v;
            }
            if (v instanceof String) {
                try {
                    return new BigDecimal(((String) v).trim());
                } catch (NumberFormatException e) {
                    throw new VodParseException(at(name) + " must be a number, was '"
                            + Untrusted.escape((String) v) + "'");
                }
            }
            throw wrong(name, "a number", v);
        }

        private VodParseException wrong(String name, String expected, Object actual) {
            return new VodParseException(at(name) + " must be " + expected + ", was " + kind(actual));
        }

        private VodParseException outOfRange(String name, BigDecimal d) {
            return new VodParseException(at(name) + " is out of range: "
                    + Untrusted.escape(d.toPlainString()));
        }

        private String at(String name) {
            return path + "." + name;
        }
    }
}
