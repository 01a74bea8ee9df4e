package io.github.vodclient.testing.internal;

import io.github.vodclient.testing.SnsTestMessages.Published;
import io.github.vodclient.testing.SnsTestMessages.Solution;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages the pipeline publishes on its topic (VOD-CONTRACT §1), key for key in the solution's order, as
 * version 6.1 writes them (the {@code gen_*} fixtures) and as older versions did.
 */
public final class PipelineMessages {
    /** The stack name of the messages; Lambda names, the workflow name and buckets derive from it. */
    static final String STACK = "vod-stack";
    static final String SOURCE_BUCKET = "vod-stack-source71e471f1-1k2l3m4n5o6p";
    static final String DESTINATION_BUCKET = "vod-stack-destination920a3c57-7q8r9s0t1u2v";
    static final String CLOUDFRONT = "d1a2b3c4d5e6f7.cloudfront.net";
    /** How long the pretend job ran: a Complete's {@code startTime} lies this long before its {@code endTime}. */
    static final Duration JOB_DURATION = Duration.ofSeconds(45);
    // moment's 'YYYY-MM-DD HH:mm.S' of v4.3 and older: minutes, then tenths of a second
    private static final DateTimeFormatter V4_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm.S")
            .withZone(ZoneOffset.UTC);

    private PipelineMessages() {
    }

    /**
     * An Ingest message: the same in every version.
     *
     * @param guid the job's guid
     * @param sourceKey the decoded source key ({@code srcVideo})
     * @return its subject and message
     */
    public static Published ingest(String guid, String sourceKey) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "Ingest");
        m.put("guid", guid);
        m.put("srcVideo", sourceKey);
        return new Published("Workflow Status:: Ingest:: " + guid, JsonText.NODE.write(m));
    }

    /**
     * A Complete message of a video-file workflow with frame capture on and an HLS output.
     *
     * @param guid the job's guid
     * @param sourceKey the decoded source key
     * @param endedAt when the job ended; it started {@link #JOB_DURATION} earlier
     * @param solution the solution version whose layout to write
     * @return its subject and message
     */
    public static Published complete(String guid, String sourceKey, Instant endedAt, Solution solution) {
        Instant end = endedAt.truncatedTo(ChronoUnit.MILLIS);
        Instant start = end.minus(JOB_DURATION);
        boolean legacy = solution.compareTo(Solution.V5_0) < 0;
        String base = baseName(sourceKey);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startTime", legacy ? V4_TIME.format(start) : start.toString());
        m.put("workflowTrigger", "Video");
        m.put("workflowStatus", "Complete");
        m.put("workflowName", STACK);
        m.put("srcBucket", SOURCE_BUCKET);
        m.put("destBucket", DESTINATION_BUCKET);
        m.put("cloudFront", CLOUDFRONT);
        m.put("frameCapture", true);
        if (solution.compareTo(Solution.V6_1) >= 0) {
            m.put("archiveSource", "DISABLED");
            m.put("inputRotate", "DEGREE_0");
            m.put("acceleratedTranscoding", "PREFERRED");
            m.put("enableSns", true);
            m.put("enableSqs", false);
        } else {
            m.put("archiveSource", false);
        }
        m.put("srcVideo", sourceKey);
        m.put("enableMediaPackage", false);
        m.put("srcHeight", 1080);
        m.put("srcWidth", 1920);
        m.put("encodingProfile", 1080);
        m.put("frameCaptureHeight", 1080);
        m.put("frameCaptureWidth", 1920);
        m.put("jobTemplate", STACK + "_Ott_1080p_Avc_Aac_16x9_qvbr_no_preset");
        m.put("isCustomTemplate", false);
        m.put(legacy ? "ecodeJobId" : "encodeJobId", end.toEpochMilli() + "-" + guid.substring(0, Math.min(6,
                guid.length())));
        m.put(legacy ? "EndTime" : "endTime", legacy ? V4_TIME.format(end) : end.toString());
        String s3 = "s3://" + DESTINATION_BUCKET + "/" + guid + "/";
        String https = "https://" + CLOUDFRONT + "/" + guid + "/";
        m.put("hlsPlaylist", s3 + "hls/" + base + ".m3u8");
        m.put("hlsUrl", https + "hls/" + base + ".m3u8");
        String thumbnail = "thumbnails/" + base + "_thumb.0000004.jpg";
        boolean plural = solution.compareTo(Solution.V6_1) >= 0;
        m.put(plural ? "thumbNails" : "thumbNail", List.of(s3 + thumbnail));
        m.put(plural ? "thumbNailsUrls" : "thumbNailUrl", List.of(https + thumbnail));
        m.put("guid", guid);
        return new Published("Workflow Status:: Complete:: " + guid, JsonText.NODE.write(m));
    }

    /**
     * An Error message of a failed encode step: JSON since v4.2, plain text with the failing event before.
     *
     * @param guid the job's guid
     * @param errorMessage what failed
     * @param solution the solution version whose layout to write
     * @return its subject and message
     */
    public static Published error(String guid, String errorMessage, Solution solution) {
        String function = STACK + "-encode";
        String details = "https://console.aws.amazon.com/cloudwatch/home?region=us-east-1#logStream:group=/aws/lambda/"
                + function;
        if (solution == Solution.V4_0) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("guid", guid);
            event.put("error", errorMessage);
            event.put("function", function);
            return new Published(" workflow error: " + guid,
                    "Please see the AWS console for detail :" + details + "\n" + JsonText.NODE.write(event));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("guid", guid);
        m.put("workflowStatus", "Error");
        m.put("workflowErrorAt", function);
        m.put("errorMessage", errorMessage);
        m.put("errorDetails", details);
        return new Published(" workflow Status:: Error: " + guid, JsonText.NODE.write(m));
    }

    /** The solution's output name: the source file's name without its extension. */
    private static String baseName(String sourceKey) {
        String name = sourceKey.substring(sourceKey.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
