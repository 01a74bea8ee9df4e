package io.github.vodclient.testing;

import io.github.vodclient.video.VideoRepository;
import org.junit.jupiter.api.BeforeEach;

/** The reference repository passes the contract every repository of the build runs. */
class InMemoryVideoRepositoryContractTest extends VideoRepositoryContract {
    private InMemoryVideoRepository videos;

    @BeforeEach
    void setUp() {
        videos = new InMemoryVideoRepository();
    }

    @Override
    protected VideoRepository repository() {
        return videos;
    }

    @Override
    protected void createVideo(String videoId, String sourceKey) {
        videos.createVideo(videoId, sourceKey);
    }
}
