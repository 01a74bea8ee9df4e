package io.github.vodclient.job;

import static io.github.vodclient.testing.PipelineTable.s;

import io.github.vodclient.testing.TestItems;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A final item as solution v4.2 wrote it, built from the README's legacy media info. */
final class LegacyItems {
    /** v4 wrote times with moment.js {@code YYYY-MM-DD HH:mm.S}: minutes, then a fraction of a second. */
    static final Instant START = Instant.parse("2020-03-10T14:02:00.300Z");
    static final Instant END = Instant.parse("2020-03-10T14:07:00.900Z");

    private LegacyItems() {
    }

    static Map<String, AttributeValue> v42Item(String guid) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("guid", s(guid));
        item.put("workflowStatus", s("Complete"));
        item.put("workflowTrigger", s("Video"));
        item.put("workflowName", s("vod-legacy"));
        item.put("srcBucket", s("vod-legacy-source"));
        item.put("srcVideo", s("video.mp4"));
        item.put("destBucket", s("vod-legacy-destination"));
        item.put("cloudFront", s("d9legacy.cloudfront.net"));
        item.put("startTime", s("2020-03-10 14:02.3"));
        item.put("EndTime", s("2020-03-10 14:07.9"));
        item.put("ecodeJobId", s("1583849000000-legacy"));
        item.put("archiveSource", AttributeValue.fromBool(true));
        item.put("frameCapture", AttributeValue.fromBool(true));
        item.put("hlsUrl", s("https://d9legacy.cloudfront.net/" + guid + "/hls/video.m3u8"));
        item.put("thumbNailUrl", AttributeValue.fromL(List.of(
                s("https://d9legacy.cloudfront.net/" + guid + "/thumbnails/video_thumb.0000001.jpg"))));
        item.put("srcMediainfo", s(TestItems.resource("readme_mediainfo_srcMediainfo_legacy_v0.7.92.json")));
        return item;
    }
}
