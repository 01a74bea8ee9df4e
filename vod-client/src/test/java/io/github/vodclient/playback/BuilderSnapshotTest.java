package io.github.vodclient.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vodclient.playback.VodPlayback.SigningOptions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** VodPlayback: what {@code build()} returned does not follow later builder calls. */
class BuilderSnapshotTest {

    @Test
    void build_vodPlaybackBuilderChangedAfterBuild_signerKeepsItsExpiryAndClock() {
        VodPlayback.Builder builder = TestPlayback.builder().defaultExpiry(Duration.ofMinutes(5));

        VodPlayback playback = builder.build();
        builder.defaultExpiry(Duration.ofMinutes(1))
                .clock(Clock.fixed(TestPlayback.NOW.plusSeconds(3600), ZoneOffset.UTC));

        assertEquals(TestPlayback.NOW.plus(Duration.ofMinutes(5)), playback.signUrl(URI.create(
                "https://d1a2b3c4d5e6f7.cloudfront.net/guid/hls/clip.m3u8"), SigningOptions.defaults()).expiresAt());
    }
}
