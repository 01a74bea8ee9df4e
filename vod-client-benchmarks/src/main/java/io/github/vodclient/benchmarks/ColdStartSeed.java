package io.github.vodclient.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Cold start, the seed-style equivalent (Jackson only): one JVM reads the same event with {@code readTree} twice,
 * finds the video in a map by source key, checks its job and stores the Complete state with the HLS URL.
 */
public final class ColdStartSeed {

    private ColdStartSeed() {
    }

    public static void main(String[] args) throws IOException {
        String event = new String(Files.readAllBytes(Path.of(args[0])), StandardCharsets.UTF_8);
        Map<String, String[]> videos = new HashMap<>();
        videos.put(Fixtures.SOURCE_KEY, new String[] {"42", "Ingest", Fixtures.GUID, null});
        SeedStyle.SeedEvent e = new SeedStyle(new ObjectMapper()).readLambdaSns(event);
        String[] video = videos.get(e.srcVideo());
        String outcome = "UNKNOWN_VIDEO";
        if (video != null && "Complete".equals(e.status()) && e.guid().equals(video[2])) {
            video[1] = "Complete";
            video[3] = e.hlsUrl();
            outcome = "APPLIED";
        }
        System.out.println(outcome + " " + (video == null ? 0 : 1));
    }
}
