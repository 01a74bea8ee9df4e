package io.github.vodclient.internal.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vodclient.VodParseException;
import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.ErrorEvent;
import io.github.vodclient.event.IngestEvent;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.event.UnknownEvent;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.WorkflowDetails;
import io.github.vodclient.internal.Json;
import io.github.vodclient.internal.JsonReading;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.internal.job.MediaInfoReader;
import io.github.vodclient.job.MediaInfo;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.sns.SnsMessage;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Collects the top-level fields of one pipeline message or table item as they stream past, then builds the typed
 * event or job. The one place that maps the pipeline's keys (current and legacy names) to typed fields, so events and
 * jobs are read alike. Not thread-safe: one instance per message.
 */
public final class MessageFields {
    /**
     * The top-level keys read into typed fields by {@link #accept} (keep in step with its switch; {@code status} is left
     * out: only Ingest messages carry it, never a table item). A job look-up
     * reads exactly these attributes, plus the custom keys the caller names.
     */
    public static final List<String> TYPED_KEYS = List.of("guid", "workflowStatus", "srcVideo", "srcBucket",
            "startTime", "endTime", "EndTime", "workflowName", "workflowTrigger", "destBucket", "cloudFront",
            "jobTemplate", "encodeJobId", "ecodeJobId", "encodingProfile", "srcWidth", "srcHeight", "frameCapture",
            "archiveSource", "srcMetadataFile", "mediaPackageResourceId", "hlsUrl", "dashUrl", "mssUrl", "cmafHlsUrl",
            "cmafDashUrl", "mp4Urls", "thumbNailsUrls", "thumbNailUrl", "egressEndpoints", "workflowErrorAt",
            "errorMessage", "errorDetails", "srcMediainfo");

    /**
     * The keys the pipeline itself writes but that are not modelled as typed fields (they stay in the raw message);
     * every other key of a message or item is custom metadata.
     */
    private static final Set<String> UNMODELLED = Set.of(
            "jobTemplate_2160p", "jobTemplate_1080p", "jobTemplate_720p", "inputRotate", "acceleratedTranscoding",
            "enableSns", "enableSqs", "enableMediaPackage", "frameCaptureHeight", "frameCaptureWidth",
            "isCustomTemplate", "customTemplate", "encodingJob", "encodingOutput", "hlsPlaylist", "dashPlaylist",
            "mssPlaylist", "cmafDashPlaylist", "cmafHlsPlaylist", "mp4Outputs", "thumbNails", "thumbNail");

    private final String path;

    private String status;
    private String workflowStatus;
    private String guid;
    private String srcVideo;
    private String srcBucket;
    private Instant startTime;
    private Instant endTime;
    private String workflowName;
    private String workflowTrigger;
    private String destBucket;
    private String cloudFront;
    private String jobTemplate;
    private String encodeJobId;
    private Integer encodingProfile;
    private Integer srcWidth;
    private Integer srcHeight;
    private Boolean frameCapture;
    private String archiveSource;
    private String srcMetadataFile;
    private String mediaPackageResourceId;
    private String hlsUrl;
    private String dashUrl;
    private String mssUrl;
    private String cmafHlsUrl;
    private String cmafDashUrl;
    private List<String> mp4Urls;
    private List<String> thumbnailUrls;
    private Map<String, String> egressEndpoints;
    private String errorAt;
    private String errorMessage;
    private String errorDetails;
    private Map<String, Object> custom;
    private Object srcMediainfo;

    /**
     * Creates an empty set of fields.
     *
     * @param path how error messages name the object, e.g. {@code "message"} or {@code "item"}
     */
    public MessageFields(String path) {
        this.path = path;
    }

    /**
     * Reads the top-level fields of a JSON object: a pipeline message or a body of the solution's own SQS queue. The
     * caller checked its size.
     *
     * @param text the JSON text
     * @param path how error messages name the object, e.g. {@code "message"} or {@code "body"}
     * @return the fields
     * @throws VodParseException when the text is not a JSON object or a field has an unusable value
     */
    public static MessageFields read(String text, String path) {
        MessageFields fields = new MessageFields(path);
        try (JsonParser p = Json.factory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new VodParseException(path + " must be a JSON object, was " + JsonReading.describe(first));
            }
            String name;
            while ((name = p.nextFieldName()) != null) {
                fields.accept(name, p.nextToken(), p);
            }
            JsonReading.expectEnd(p, path);
        } catch (IOException e) {
            throw JsonReading.unreadable(path, e);
        }
        return fields;
    }

    /**
     * Takes one top-level field of a JSON object; the parser stands on its value and is left on the value's last
     * token. The pipeline's unmodelled keys ({@code encodingJob} and {@code encodingOutput} are most of an SQS body)
     * are skipped unread; every other value goes through {@link JsonReading#value}, as an item's attributes do.
     */
    public void accept(String name, JsonToken t, JsonParser p) throws IOException {
        if (UNMODELLED.contains(name)) {
            p.skipChildren();
        } else {
            accept(name, JsonReading.value(p, t, false));
        }
    }

    /**
     * Takes one top-level field as a plain Java value (what {@link JsonReading#value} gives): the one mapping of the
     * pipeline's keys, for messages and table items alike.
     */
    public void accept(String name, Object v) {
        switch (name) {
            case "status": status = JsonReading.lenientString(v, path, name); break;
            case "workflowStatus": workflowStatus = JsonReading.lenientString(v, path, name); break;
            case "guid": guid = JsonReading.lenientString(v, path, name); break;
            case "srcVideo": srcVideo = JsonReading.lenientString(v, path, name); break;
            case "srcBucket": srcBucket = JsonReading.lenientString(v, path, name); break;
            case "startTime": startTime = time(v, name); break;
            case "endTime":
            case "EndTime": endTime = time(v, name); break;
            case "workflowName": workflowName = JsonReading.lenientString(v, path, name); break;
            case "workflowTrigger": workflowTrigger = JsonReading.lenientString(v, path, name); break;
            case "destBucket": destBucket = JsonReading.lenientString(v, path, name); break;
            case "cloudFront": cloudFront = JsonReading.lenientString(v, path, name); break;
            case "jobTemplate": jobTemplate = JsonReading.lenientString(v, path, name); break;
            case "encodeJobId":
            case "ecodeJobId": encodeJobId = JsonReading.lenientString(v, path, name); break;
            case "encodingProfile": encodingProfile = JsonReading.integer(v, path, name); break;
            case "srcWidth": srcWidth = JsonReading.integer(v, path, name); break;
            case "srcHeight": srcHeight = JsonReading.integer(v, path, name); break;
            case "frameCapture": frameCapture = JsonReading.bool(v, path, name); break;
            case "archiveSource": archiveSource = archiveSource(v, name); break;
            case "srcMetadataFile": srcMetadataFile = JsonReading.lenientString(v, path, name); break;
            case "mediaPackageResourceId": mediaPackageResourceId = JsonReading.lenientString(v, path, name); break;
            case "hlsUrl": hlsUrl = JsonReading.lenientString(v, path, name); break;
            case "dashUrl": dashUrl = JsonReading.lenientString(v, path, name); break;
            case "mssUrl": mssUrl = JsonReading.lenientString(v, path, name); break;
            case "cmafHlsUrl": cmafHlsUrl = JsonReading.lenientString(v, path, name); break;
            case "cmafDashUrl": cmafDashUrl = JsonReading.lenientString(v, path, name); break;
            case "mp4Urls": mp4Urls = JsonReading.strings(v, path, name); break;
            case "thumbNailsUrls":
            case "thumbNailUrl": thumbnailUrls = JsonReading.strings(v, path, name); break;
            case "egressEndpoints": egressEndpoints = JsonReading.stringMap(v, path, name); break;
            case "workflowErrorAt": errorAt = JsonReading.lenientString(v, path, name); break;
            case "errorMessage": errorMessage = JsonReading.lenientString(v, path, name); break;
            case "errorDetails": errorDetails = JsonReading.lenientString(v, path, name); break;
            // Only jobs read it; events ignore it, so a wrong type is reported only when a job asks for it.
            case "srcMediainfo": srcMediainfo = v; break;
            default:
                if (!UNMODELLED.contains(name)) {
                    if (custom == null) {
                        custom = new LinkedHashMap<>();
                    }
                    custom.put(name, v);
                }
        }
    }

    /** Builds the event these fields describe. */
    VodEvent toEvent(String rawMessage, String subject, Optional<SnsMessage> sns) {
        String rawStatus = workflowStatus != null ? workflowStatus : status;
        if (rawStatus == null) {
            return new UnknownEvent(Optional.ofNullable(guid), Optional.empty(),
                    "no workflowStatus or status field", sns, rawMessage);
        }
        Optional<EncodingStatus> known = EncodingStatus.fromWire(rawStatus);
        if (known.isEmpty()) {
            return new UnknownEvent(Optional.ofNullable(guid), Optional.of(rawStatus),
                    "unknown status '" + Untrusted.escape(rawStatus) + "'", sns, rawMessage);
        }
        // if, not switch: a switch on another class's enum costs a synthetic class (MessageFields$1)
        EncodingStatus kind = known.get();
        if (kind == EncodingStatus.INGEST) {
            return new IngestEvent(require(guid, "guid", rawStatus), rawStatus,
                    require(srcVideo, "srcVideo", rawStatus), sns, rawMessage);
        }
        if (kind == EncodingStatus.ERROR) {
            String errorGuid = guid != null ? guid : LegacyErrors.errorGuid(subject).orElse(null);
            return new ErrorEvent(require(errorGuid, "guid", rawStatus), rawStatus, Optional.ofNullable(errorAt),
                    Optional.ofNullable(errorMessage), Optional.ofNullable(errorDetails), sns, rawMessage);
        }
        if (kind == EncodingStatus.COMPLETE) {
            return new CompleteEvent(require(guid, "guid", rawStatus), rawStatus, Optional.ofNullable(srcVideo),
                    Optional.ofNullable(srcBucket), Optional.ofNullable(startTime), Optional.ofNullable(endTime),
                    playback(), workflow(), custom == null ? Map.of() : custom, carriedMediaInfo(), sns, rawMessage);
        }
        throw new IllegalStateException("unmapped status " + kind);
    }

    /**
     * The media info a message carries (the solution's own SQS body); absent when it has none or it cannot be read,
     * like a time in an unknown format: it stays in the raw message, and the handler falls back to the table.
     */
    private Optional<MediaInfo> carriedMediaInfo() {
        if (!(srcMediainfo instanceof String)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MediaInfoReader.parse((String) srcMediainfo, at("srcMediainfo")));
        } catch (VodParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The raw {@code srcMediainfo} JSON string, if the object had one.
     *
     * @return the string, or empty when absent or JSON null
     * @throws VodParseException when {@code srcMediainfo} is present but not a string
     */
    public Optional<String> srcMediainfo() {
        if (srcMediainfo == null) {
            return Optional.empty();
        }
        return Optional.of(JsonReading.strictString(srcMediainfo, path, "srcMediainfo"));
    }

    /**
     * Builds the job these fields describe (a table item, or the body of the solution's own SQS queue).
     *
     * @param mediaInfo the parsed {@link #srcMediainfo()}
     * @return the job
     * @throws VodParseException when there is no guid
     */
    public VodJob toJob(Optional<MediaInfo> mediaInfo) {
        if (guid == null) {
            throw new VodParseException(at("guid") + " is missing");
        }
        String rawStatus = workflowStatus != null ? workflowStatus : status;
        return new VodJob(guid, EncodingStatus.fromWire(rawStatus), Optional.ofNullable(rawStatus),
                Optional.ofNullable(srcVideo), Optional.ofNullable(srcBucket), Optional.ofNullable(startTime),
                Optional.ofNullable(endTime), playback(), workflow(), Optional.ofNullable(errorAt),
                Optional.ofNullable(errorMessage), Optional.ofNullable(errorDetails), mediaInfo,
                custom == null ? Map.of() : custom);
    }

    private PlaybackUrls playback() {
        if (hlsUrl == null && dashUrl == null && mssUrl == null && cmafHlsUrl == null && cmafDashUrl == null
                && mp4Urls == null && thumbnailUrls == null && egressEndpoints == null) {
            return PlaybackUrls.none();
        }
        Map<String, MediaUrl> egress = Map.of();
        if (egressEndpoints != null && !egressEndpoints.isEmpty()) {
            Map<String, MediaUrl> m = new LinkedHashMap<>();
            egressEndpoints.forEach((type, url) -> m.put(type, MediaUrl.of(url)));
            egress = m;
        }
        return new PlaybackUrls(url(hlsUrl), url(dashUrl), url(mssUrl), url(cmafHlsUrl), url(cmafDashUrl),
                urls(mp4Urls), urls(thumbnailUrls), egress);
    }

    private WorkflowDetails workflow() {
        return new WorkflowDetails(Optional.ofNullable(workflowName), Optional.ofNullable(workflowTrigger),
                Optional.ofNullable(destBucket), Optional.ofNullable(cloudFront), Optional.ofNullable(jobTemplate),
                Optional.ofNullable(encodeJobId), optionalInt(encodingProfile), optionalInt(srcWidth),
                optionalInt(srcHeight), Optional.ofNullable(frameCapture), Optional.ofNullable(archiveSource),
                Optional.ofNullable(srcMetadataFile), Optional.ofNullable(mediaPackageResourceId));
    }

    private static Optional<MediaUrl> url(String raw) {
        return raw == null ? Optional.empty() : Optional.of(MediaUrl.of(raw));
    }

    private static List<MediaUrl> urls(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        // an array into List.of: PlaybackUrls' List.copyOf then keeps that list instead of copying it again
        MediaUrl[] urls = new MediaUrl[raw.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = MediaUrl.of(raw.get(i));
        }
        return List.of(urls);
    }

    private static OptionalInt optionalInt(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private String require(String value, String field, String rawStatus) {
        if (value == null) {
            throw new VodParseException(path + ": " + Untrusted.escape(rawStatus) + " message has no " + field);
        }
        return value;
    }

    private Instant time(Object v, String name) {
        String text = JsonReading.strictString(v, path, name);
        if (text == null) {
            return null;
        }
        try {
            return WireTimes.parse(text);
        } catch (DateTimeParseException | ArithmeticException e) {
            // The time format has changed across solution versions; an unknown one must not cost the whole
            // event. The value stays in the raw message.
            return null;
        }
    }

    private String archiveSource(Object v, String name) {
        if (v instanceof Boolean) {
            return (Boolean) v ? "GLACIER" : "DISABLED";
        }
        return JsonReading.strictString(v, path, name);
    }

    private String at(String name) {
        return path + "." + name;
    }
}
