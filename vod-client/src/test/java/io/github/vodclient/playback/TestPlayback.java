package io.github.vodclient.playback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The test key pair, a fixed clock and the playback test resources. */
final class TestPlayback {
    static final String KEY_PAIR_ID = "K2JCJMDEHXQW5F";
    static final Instant NOW = Instant.parse("2026-11-29T06:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final CloudFrontRules RULES = CloudFrontRules.forTestKey(KEY_PAIR_ID);

    private TestPlayback() {
    }

    /** A builder with the test key (PKCS#8 file) and the fixed clock. */
    static VodPlayback.Builder builder() {
        return VodPlayback.builder().keyPairId(KEY_PAIR_ID).privateKey(resourcePath("test-key-pkcs8.pem"))
                .clock(CLOCK);
    }

    static Path resourcePath(String name) {
        try {
            return Path.of(TestPlayback.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = TestPlayback.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
