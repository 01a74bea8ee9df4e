package io.github.vodclient.benchmarks;

import io.github.vodclient.BatchResult;
import io.github.vodclient.VodClient;
import io.github.vodclient.video.HandleResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cold start, ours: one JVM handles one Lambda SNS Complete event read from a file with {@link VodClient} and an
 * in-memory repository (no table, so no network), as a Lambda function's first invocation would.
 */
public final class ColdStartVod {

    private ColdStartVod() {
    }

    public static void main(String[] args) throws IOException {
        byte[] event = Files.readAllBytes(Path.of(args[0]));
        FixedVideos videos = new FixedVideos();
        try (VodClient vod = VodClient.builder().videoRepository(videos).build()) {
            BatchResult<HandleResult> result = vod.handle(event);
            System.out.println(result.values().get(0).outcome() + " " + videos.applied.get());
        }
    }
}
