package io.github.vodclient.playback;

import static io.github.vodclient.playback.TestPlayback.NOW;
import static io.github.vodclient.playback.TestPlayback.RULES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.PlaybackSigningException;
import io.github.vodclient.VodClient;
import io.github.vodclient.VodException;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.job.VodJobs;
import io.github.vodclient.playback.VodPlayback.Grant;
import io.github.vodclient.playback.VodPlayback.SignedUrl;
import io.github.vodclient.playback.VodPlayback.SigningOptions;
import java.net.URI;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GrantTest {
    private static final VodJob JOB = VodJobs.fromSqsBody(
            TestPlayback.resource("/io/github/vodclient/event/gen_A-video_sqs_message-body.json"));

    @Test
    void grant_fixtureJob_signsEveryOutputUrlWithOnePolicyCloudFrontAccepts() {
        Grant grant = TestPlayback.builder().build().grant(JOB,
                SigningOptions.builder().expiresIn(Duration.ofMinutes(30)).build());

        assertEquals("https://d1a2b3c4d5e6f7.cloudfront.net/6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11/*",
                grant.resource());
        assertEquals(NOW.plus(Duration.ofMinutes(30)), grant.expiresAt());
        assertEquals(JOB.playback().mp4().size(), grant.mp4().size());
        assertEquals(JOB.playback().thumbnails().size(), grant.thumbnails().size());
        assertTrue(grant.hls().isPresent());
        assertEquals(JOB.playback().hls().map(MediaUrl::uri).map(URI::getRawPath), grant.hls().map(URI::getRawPath));
        Stream.of(grant.hls().stream(), grant.dash().stream(), grant.mp4().stream(), grant.thumbnails().stream())
                .flatMap(s -> s)
                .forEach(u -> assertNull(RULES.refusalOfUrl(u, NOW, "192.0.2.1"), u.toString()));
    }

    @Test
    void grant_beyondMaxExpiry_isRefused() {
        PlaybackSigningException e = assertThrows(PlaybackSigningException.class, () -> TestPlayback.builder()
                .build().grant(JOB, SigningOptions.builder().expiresIn(Duration.ofDays(3)).build()));
        assertEquals("expiresAt", e.field());
    }

    @Test
    void vodClientPlayback_configuredOnTheBuilder_signs() {
        try (VodClient vod = VodClient.builder().playback(p -> p.keyPairId(TestPlayback.KEY_PAIR_ID)
                .privateKey(TestPlayback.resourcePath("test-key-pkcs1.pem")).clock(TestPlayback.CLOCK)).build()) {
            SignedUrl signed = vod.playback().signUrl(JOB.playback().thumbnails().get(0));
            assertNull(RULES.refusalOfUrl(signed.url(), NOW, "192.0.2.1"));
        }
    }

    @Test
    void vodClientPlayback_notConfigured_failsSayingHow() {
        try (VodClient vod = VodClient.builder().build()) {
            VodException e = assertThrows(VodException.class, vod::playback);
            assertTrue(e.getMessage().contains("playback(p -> p.keyPairId"), e.getMessage());
        }
    }
}
