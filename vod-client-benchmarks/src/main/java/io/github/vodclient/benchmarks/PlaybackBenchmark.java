package io.github.vodclient.benchmarks;

import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.playback.VodPlayback.SigningOptions;
import io.github.vodclient.playback.VodPlayback.SignedPlaylist;
import io.github.vodclient.playback.VodPlayback.SignedUrl;
import io.github.vodclient.playback.VodPlayback;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.services.cloudfront.CloudFrontUtilities;

/**
 * Private playback against the bare SDK: signing one file's URL through {@code VodPlayback.signUrl} (which encodes the
 * pipeline's raw URL and checks it) against {@code CloudFrontUtilities.getSignedUrlWithCannedPolicy} on the already
 * encoded URL; rewriting a 100-segment media playlist through {@code VodPlayback.signPlaylist} against the one bare
 * custom-policy signature it needs. Both sides sign with the same RSA-2048 key (SHA1withRSA dominates).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlaybackBenchmark {
    static final String KEY_PAIR_ID = "K2JCJMDEHXQW5F";
    static final String FOLDER = "https://d1a2b3c4d5e6f7.cloudfront.net/6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    static final MediaUrl MP4 = MediaUrl.of(FOLDER + "/mp4/My Video (1)_720.mp4");

    private final CloudFrontUtilities sdk = CloudFrontUtilities.create();
    private PrivateKey key;
    private VodPlayback playback;
    private String encodedMp4;
    private URI playlistUrl;
    private String playlist;

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair().getPrivate();
        playback = VodPlayback.builder().keyPairId(KEY_PAIR_ID).privateKey(key).build();
        encodedMp4 = MP4.uri().toString();
        playlistUrl = URI.create(FOLDER + "/hls/My%20Video%20(1)_720p.m3u8");
        StringBuilder media = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n"
                + "#EXT-X-MEDIA-SEQUENCE:1\n#EXT-X-PLAYLIST-TYPE:VOD\n");
        for (int i = 1; i <= 100; i++) {
            media.append("#EXTINF:6.000,\nMy Video (1)_720p_").append(String.format("%05d", i)).append(".ts\n");
        }
        playlist = media.append("#EXT-X-ENDLIST\n").toString();
        if (playback.signPlaylist(playlistUrl, playlist, SigningOptions.defaults()).signedUris() != 100) {
            throw new IllegalStateException("the playlist does not have 100 signed segments");
        }
    }

    @Benchmark
    public SignedUrl signUrl_ours() {
        return playback.signUrl(MP4);
    }

    @Benchmark
    public software.amazon.awssdk.services.cloudfront.url.SignedUrl signUrl_bareSdk() {
        Instant expires = Instant.now().plusSeconds(3600);
        return sdk.getSignedUrlWithCannedPolicy(r -> r.resourceUrl(encodedMp4).privateKey(key)
                .keyPairId(KEY_PAIR_ID).expirationDate(expires));
    }

    @Benchmark
    public SignedPlaylist signPlaylist100_ours() {
        return playback.signPlaylist(playlistUrl, playlist, SigningOptions.defaults());
    }

    @Benchmark
    public software.amazon.awssdk.services.cloudfront.url.SignedUrl signPlaylist100_bareSdkOneSignature() {
        Instant expires = Instant.now().plusSeconds(3600);
        return sdk.getSignedUrlWithCustomPolicy(r -> r.resourceUrl(FOLDER + "/").resourceUrlPattern(FOLDER + "/*")
                .privateKey(key).keyPairId(KEY_PAIR_ID).expirationDate(expires));
    }
}
