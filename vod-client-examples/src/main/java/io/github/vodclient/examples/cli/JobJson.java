package io.github.vodclient.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vodclient.event.WorkflowDetails;
import io.github.vodclient.job.MediaInfo.AudioTrack;
import io.github.vodclient.job.MediaInfo.ContainerInfo;
import io.github.vodclient.job.MediaInfo.TextTrack;
import io.github.vodclient.job.MediaInfo.VideoTrack;
import io.github.vodclient.job.MediaInfo;
import io.github.vodclient.job.VodJob;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes a job as the JSON object {@code vod job} prints: the keys of {@code vod parse} for status, source and
 * playback, the workflow settings, error details, custom metadata and the media info with durations as integer
 * milliseconds. Absent values are omitted.
 */
final class JobJson {

    private JobJson() {
    }

    static void write(VodJob job, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("guid", job.guid());
        g.writeStringField("status", job.status().map(Enum::name).orElse("UNKNOWN"));
        EventJson.string(g, "rawStatus", job.rawStatus());
        EventJson.string(g, "srcVideo", job.srcVideo());
        EventJson.string(g, "srcBucket", job.srcBucket());
        EventJson.string(g, "startTime", job.startTime().map(Object::toString));
        EventJson.string(g, "endTime", job.endTime().map(Object::toString));
        EventJson.playback(g, job.playback());
        workflow(g, job.workflow());
        EventJson.string(g, "errorAt", job.errorAt());
        EventJson.string(g, "errorMessage", job.errorMessage());
        EventJson.string(g, "errorDetails", job.errorDetails());
        if (!job.custom().isEmpty()) {
            g.writeFieldName("custom");
            EventJson.value(g, job.custom());
        }
        if (job.mediaInfo().isPresent()) {
            mediaInfo(g, job.mediaInfo().get());
        }
        g.writeEndObject();
    }

    private static void workflow(JsonGenerator g, WorkflowDetails w) throws IOException {
        EventJson.string(g, "workflowName", w.workflowName());
        EventJson.string(g, "workflowTrigger", w.workflowTrigger());
        EventJson.string(g, "destBucket", w.destBucket());
        EventJson.string(g, "cloudFront", w.cloudFront());
        EventJson.string(g, "jobTemplate", w.jobTemplate());
        EventJson.string(g, "encodeJobId", w.encodeJobId());
        number(g, "encodingProfile", w.encodingProfile());
        number(g, "srcWidth", w.srcWidth());
        number(g, "srcHeight", w.srcHeight());
        if (w.frameCapture().isPresent()) {
            g.writeBooleanField("frameCapture", w.frameCapture().get());
        }
        EventJson.string(g, "archiveSource", w.archiveSource());
        EventJson.string(g, "srcMetadataFile", w.srcMetadataFile());
        EventJson.string(g, "mediaPackageResourceId", w.mediaPackageResourceId());
    }

    private static void mediaInfo(JsonGenerator g, MediaInfo info) throws IOException {
        g.writeObjectFieldStart("mediaInfo");
        EventJson.string(g, "filename", info.filename());
        g.writeBooleanField("legacyFormat", info.legacyFormat());
        ContainerInfo c = info.container();
        g.writeObjectFieldStart("container");
        EventJson.string(g, "format", c.format());
        number(g, "fileSize", c.fileSize());
        millis(g, c.duration());
        number(g, "totalBitrate", c.totalBitrate());
        g.writeEndObject();
        g.writeArrayFieldStart("video");
        for (VideoTrack v : info.video()) {
            g.writeStartObject();
            EventJson.string(g, "codec", v.codec());
            EventJson.string(g, "profile", v.profile());
            number(g, "bitrate", v.bitrate());
            millis(g, v.duration());
            number(g, "frameCount", v.frameCount());
            number(g, "width", v.width());
            number(g, "height", v.height());
            number(g, "frameRate", v.frameRate());
            EventJson.string(g, "scanType", v.scanType());
            EventJson.string(g, "aspectRatio", v.aspectRatio());
            number(g, "bitDepth", v.bitDepth());
            EventJson.string(g, "colorSpace", v.colorSpace());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("audio");
        for (AudioTrack a : info.audio()) {
            g.writeStartObject();
            EventJson.string(g, "codec", a.codec());
            EventJson.string(g, "profile", a.profile());
            number(g, "bitrate", a.bitrate());
            EventJson.string(g, "bitrateMode", a.bitrateMode());
            millis(g, a.duration());
            number(g, "frameCount", a.frameCount());
            number(g, "channels", a.channels());
            number(g, "samplingRate", a.samplingRate());
            EventJson.string(g, "language", a.language());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("text");
        for (TextTrack t : info.text()) {
            g.writeStartObject();
            EventJson.string(g, "id", t.id());
            EventJson.string(g, "format", t.format());
            millis(g, t.duration());
            number(g, "frameCount", t.frameCount());
            EventJson.string(g, "captionServiceName", t.captionServiceName());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void millis(JsonGenerator g, Optional<Duration> duration) throws IOException {
        if (duration.isPresent()) {
            g.writeNumberField("durationMillis", duration.get().toMillis());
        }
    }

    private static void number(JsonGenerator g, String name, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsInt());
        }
    }

    private static void number(JsonGenerator g, String name, OptionalLong value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsLong());
        }
    }

    private static void number(JsonGenerator g, String name, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsDouble());
        }
    }
}
