package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vodclient.VodClient;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.job.MediaInfo;
import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.testing.LocalVodStack;
import io.github.vodclient.testing.LocalVodStackExtension;
import io.github.vodclient.upload.UploadRequest;
import io.github.vodclient.upload.VodUploads.PresignedUpload;
import io.github.vodclient.video.VideoState;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** (1) The upload flow on the local stack: a presigned PUT of a real MP4 reaches COMPLETE with its media info. */
class UploadToCompleteTest {
    @RegisterExtension
    static final LocalVodStackExtension STACK = LocalVodStackExtension.perClass(b -> b.useFfmpeg(false)
            .useFfprobe(false));

    @Test
    void presignedUpload_sampleVideo_reachesCompleteWithMediaInfo(LocalVodStack stack) throws Exception {
        InMemoryVideoRepository videos = new InMemoryVideoRepository();
        try (VodClient vod = stack.vodClientBuilder().videoRepository(videos).build()) {
            stack.subscribe(vod::handle);
            byte[] video = sampleVideo();
            PresignedUpload put = vod.uploads().presignPut(UploadRequest.builder().videoId("video-1")
                    .fileName("clip.mp4").contentLength(video.length).build());
            videos.createVideo("video-1", put.key());

            HttpRequest.Builder request = HttpRequest.newBuilder(put.url())
                    .method(put.method(), HttpRequest.BodyPublishers.ofByteArray(video));
            put.headersToSet().forEach(request::header);
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());

            VideoState complete = awaitStatus(videos, "video-1", EncodingStatus.COMPLETE);
            MediaInfo media = vod.jobs().find(complete.jobGuid().orElseThrow()).orElseThrow().mediaInfo()
                    .orElseThrow();
            assertEquals(Duration.ofSeconds(3), media.container().duration().orElseThrow());
            assertEquals(320, media.video().get(0).width().orElseThrow());
            assertEquals(180, media.video().get(0).height().orElseThrow());
        }
    }

    private static VideoState awaitStatus(InMemoryVideoRepository videos, String videoId, EncodingStatus status)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        VideoState state = videos.state(videoId);
        while (state.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(100);
            state = videos.state(videoId);
        }
        assertEquals(status, state.status(), "history: " + videos.history(videoId));
        return state;
    }

    /** The kit's sample: a 3-second 320x180 H.264/AAC MP4. */
    private static byte[] sampleVideo() throws Exception {
        try (InputStream in = LocalVodStack.class.getResourceAsStream("sample.mp4")) {
            return in.readAllBytes();
        }
    }
}
