package io.github.vodclient.testing;

import io.github.vodclient.video.VideoRepository;
import org.junit.jupiter.api.BeforeEach;

/** The in-memory test repository keeps the same contract as the real ones, so handler tests built on it hold. */
class InMemoryVideosContractTest extends VideoRepositoryContract {
    private InMemoryVideos videos;

    @BeforeEach
    void setUp() {
        videos = new InMemoryVideos();
    }

    @Override
    protected VideoRepository repository() {
        return videos;
    }

    @Override
    protected void createVideo(String videoId, String sourceKey) {
        videos.add(videoId, sourceKey);
    }
}
