package io.github.vodclient.video.dynamodb;

import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.ErrorEvent;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import io.github.vodclient.video.dynamodb.DynamoDbVideoRepository.StoredVideo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The video item's attributes: reading them, and the one conditional UpdateItem that stores a {@link VideoUpdate}.
 * Times are ISO-8601 strings ({@link Instant#toString()}), so the condition compares exactly what was read. An
 * instance is that update's expression while {@link #conditionalUpdate} builds it, with a placeholder for every name
 * (some, like {@code status}, are reserved) and every value.
 */
final class VideoItems {
    static final String VIDEO_ID = "videoId";
    static final String SOURCE_KEY = "sourceKey";
    static final String STATUS = "status";
    static final String JOB_GUID = "jobGuid";
    static final String JOB_STARTED_AT = "jobStartedAt";
    private static final String PLAYBACK = "playback";
    private static final String THUMBNAIL_URL = "thumbnailUrl";
    private static final String DURATION_MILLIS = "durationMillis";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String ERROR_AT = "errorAt";
    private static final String ERROR_MESSAGE = "errorMessage";
    private static final String ERROR_DETAILS = "errorDetails";

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();
    private final List<String> sets = new ArrayList<>();
    private final List<String> removes = new ArrayList<>();

    private VideoItems() {
    }

    /** A NEW video: its id, source key and status; no job. */
    static Map<String, AttributeValue> newVideo(String videoId, String sourceKey) {
        return Map.of(VIDEO_ID, s(videoId), SOURCE_KEY, s(sourceKey), STATUS, s(EncodingStatus.NEW.name()));
    }

    static VideoState state(Map<String, AttributeValue> item) {
        return new VideoState(item.get(VIDEO_ID).s(), EncodingStatus.valueOf(item.get(STATUS).s()),
                string(item, JOB_GUID), string(item, JOB_STARTED_AT).map(Instant::parse));
    }

    static StoredVideo video(Map<String, AttributeValue> item) {
        Optional<String> errorAt = string(item, ERROR_AT);
        Optional<String> errorMessage = string(item, ERROR_MESSAGE);
        Optional<String> errorDetails = string(item, ERROR_DETAILS);
        return new StoredVideo(state(item), item.get(SOURCE_KEY).s(),
                item.containsKey(PLAYBACK) ? playback(item.get(PLAYBACK).m()) : PlaybackUrls.none(),
                string(item, THUMBNAIL_URL).map(MediaUrl::of),
                number(item, DURATION_MILLIS).map(Duration::ofMillis),
                number(item, WIDTH).map(w -> OptionalInt.of(Math.toIntExact(w))).orElse(OptionalInt.empty()),
                number(item, HEIGHT).map(h -> OptionalInt.of(Math.toIntExact(h))).orElse(OptionalInt.empty()),
                errorAt, errorMessage, errorDetails);
    }

    /**
     * The compare-and-set: sets the next state and the update's values, on the condition that the item exists and
     * its status, job guid and job start equal the expected ones. Playback and media values are set only when the
     * update has them (they stay those of the last completed job); the error is set or removed.
     */
    static UpdateItemRequest conditionalUpdate(String tableName, VideoUpdate u) {
        VideoItems e = new VideoItems();
        VideoState next = u.next();
        e.set(STATUS, s(next.status().name()));
        e.setOrRemove(JOB_GUID, next.jobGuid().map(VideoItems::s));
        e.setOrRemove(JOB_STARTED_AT, next.jobStartedAt().map(t -> s(t.toString())));
        if (!u.playback().isEmpty()) {
            e.set(PLAYBACK, AttributeValue.fromM(playback(u.playback())));
        }
        u.thumbnail().ifPresent(t -> e.set(THUMBNAIL_URL, s(t.raw())));
        u.duration().ifPresent(d -> e.set(DURATION_MILLIS, n(d.toMillis())));
        u.width().ifPresent(w -> e.set(WIDTH, n(w)));
        u.height().ifPresent(h -> e.set(HEIGHT, n(h)));
        Optional<ErrorEvent> error = u.error();
        e.setOrRemove(ERROR_AT, error.flatMap(ErrorEvent::errorAt).map(VideoItems::s));
        e.setOrRemove(ERROR_MESSAGE, error.flatMap(ErrorEvent::errorMessage).map(VideoItems::s));
        e.setOrRemove(ERROR_DETAILS, error.flatMap(ErrorEvent::errorDetails).map(VideoItems::s));

        VideoState expected = u.expected();
        List<String> conditions = new ArrayList<>();
        conditions.add("attribute_exists(" + e.name(VIDEO_ID) + ")");
        conditions.add(e.equal(STATUS, Optional.of(s(expected.status().name()))));
        conditions.add(e.equal(JOB_GUID, expected.jobGuid().map(VideoItems::s)));
        conditions.add(e.equal(JOB_STARTED_AT, expected.jobStartedAt().map(t -> s(t.toString()))));
        return UpdateItemRequest.builder()
                .tableName(tableName)
                .key(Map.of(VIDEO_ID, s(u.videoId())))
                .updateExpression(e.update())
                .conditionExpression(String.join(" AND ", conditions))
                .expressionAttributeNames(e.names)
                .expressionAttributeValues(e.values)
                .build();
    }

    private static Map<String, AttributeValue> playback(PlaybackUrls p) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        p.hls().ifPresent(u -> m.put("hls", s(u.raw())));
        p.dash().ifPresent(u -> m.put("dash", s(u.raw())));
        p.mss().ifPresent(u -> m.put("mss", s(u.raw())));
        p.cmafHls().ifPresent(u -> m.put("cmafHls", s(u.raw())));
        p.cmafDash().ifPresent(u -> m.put("cmafDash", s(u.raw())));
        if (!p.mp4().isEmpty()) {
            m.put("mp4", AttributeValue.fromL(p.mp4().stream().map(u -> s(u.raw())).toList()));
        }
        if (!p.thumbnails().isEmpty()) {
            m.put("thumbnails", AttributeValue.fromL(p.thumbnails().stream().map(u -> s(u.raw())).toList()));
        }
        if (!p.egressEndpoints().isEmpty()) {
            Map<String, AttributeValue> egress = new LinkedHashMap<>();
            p.egressEndpoints().forEach((type, u) -> egress.put(type, s(u.raw())));
            m.put("egressEndpoints", AttributeValue.fromM(egress));
        }
        return m;
    }

    private static PlaybackUrls playback(Map<String, AttributeValue> m) {
        Map<String, MediaUrl> egress = new LinkedHashMap<>();
        if (m.containsKey("egressEndpoints")) {
            m.get("egressEndpoints").m().forEach((type, u) -> egress.put(type, MediaUrl.of(u.s())));
        }
        return new PlaybackUrls(url(m, "hls"), url(m, "dash"), url(m, "mss"), url(m, "cmafHls"),
                url(m, "cmafDash"), urls(m, "mp4"), urls(m, "thumbnails"), egress);
    }

    private static Optional<MediaUrl> url(Map<String, AttributeValue> m, String name) {
        return string(m, name).map(MediaUrl::of);
    }

    private static List<MediaUrl> urls(Map<String, AttributeValue> m, String name) {
        return m.containsKey(name) ? m.get(name).l().stream().map(u -> MediaUrl.of(u.s())).toList() : List.of();
    }

    private static Optional<String> string(Map<String, AttributeValue> item, String name) {
        return Optional.ofNullable(item.get(name)).map(AttributeValue::s);
    }

    private static Optional<Long> number(Map<String, AttributeValue> item, String name) {
        return Optional.ofNullable(item.get(name)).map(v -> Long.parseLong(v.n()));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    // The expression being built.

    private String name(String attribute) {
        String placeholder = "#" + attribute;
        names.put(placeholder, attribute);
        return placeholder;
    }

    private String value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    private void set(String attribute, AttributeValue value) {
        sets.add(name(attribute) + " = " + value(value));
    }

    private void setOrRemove(String attribute, Optional<AttributeValue> value) {
        if (value.isPresent()) {
            set(attribute, value.get());
        } else {
            removes.add(name(attribute));
        }
    }

    /** {@code attribute = value}, or {@code attribute_not_exists(attribute)} for an absent value. */
    private String equal(String attribute, Optional<AttributeValue> value) {
        return value.isPresent()
                ? name(attribute) + " = " + value(value.get())
                : "attribute_not_exists(" + name(attribute) + ")";
    }

    private String update() {
        String update = "SET " + String.join(", ", sets);
        return removes.isEmpty() ? update : update + " REMOVE " + String.join(", ", removes);
    }
}
