package io.github.vodclient.playback;

import static io.github.vodclient.playback.TestPlayback.KEY_PAIR_ID;
import static io.github.vodclient.playback.TestPlayback.NOW;
import static io.github.vodclient.playback.TestPlayback.RULES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.PlaybackSigningException;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.playback.VodPlayback.SignedUrl;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateKeyLoadingTest {
    private static final MediaUrl URL = MediaUrl.of("https://d1a2b3c4d5e6f7.cloudfront.net/g/mp4/a.mp4");

    private static void assertSignsVerifiably(VodPlayback playback) {
        SignedUrl signed = playback.signUrl(URL);
        assertNull(RULES.refusalOfUrl(signed.url(), NOW, "192.0.2.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"test-key-pkcs8.pem", "test-key-pkcs1.pem"})
    void privateKey_pemFileInEitherFormat_signsVerifiably(String file) {
        assertSignsVerifiably(VodPlayback.builder().keyPairId(KEY_PAIR_ID)
                .privateKey(TestPlayback.resourcePath(file)).clock(TestPlayback.CLOCK).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"test-key-pkcs8.pem", "test-key-pkcs1.pem"})
    void privateKeyPem_textInEitherFormat_signsVerifiably(String file) {
        assertSignsVerifiably(VodPlayback.builder().keyPairId(KEY_PAIR_ID)
                .privateKeyPem("secret from a vault:\n" + TestPlayback.resource(file)).clock(TestPlayback.CLOCK)
                .build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"test-key-ec-pkcs8.pem", "test-key-ec-sec1.pem"})
    void privateKey_ecKey_failsNamingRsa(String file) {
        PlaybackSigningException e = assertThrows(PlaybackSigningException.class,
                () -> VodPlayback.builder().privateKey(TestPlayback.resourcePath(file)));
        assertEquals("privateKey", e.field());
        assertTrue(e.getMessage().contains("EC, not RSA"), e.getMessage());
    }

    @Test
    void privateKey_ecKeyObject_failsNamingRsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        PrivateKey ec = generator.generateKeyPair().getPrivate();
        PlaybackSigningException e = assertThrows(PlaybackSigningException.class,
                () -> VodPlayback.builder().privateKey(ec));
        assertTrue(e.getMessage().contains("not RSA"), e.getMessage());
    }

    @Test
    void privateKey_encryptedPem_failsSayingDecryptFirst() {
        PlaybackSigningException e = assertThrows(PlaybackSigningException.class,
                () -> VodPlayback.builder().privateKey(TestPlayback.resourcePath("test-key-encrypted.pem")));
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void privateKey_1024BitKey_failsNaming2048() {
        PlaybackSigningException e = assertThrows(PlaybackSigningException.class,
                () -> VodPlayback.builder().privateKey(TestPlayback.resourcePath("test-key-rsa1024.pem")));
        assertTrue(e.getMessage().contains("1024 bits"), e.getMessage());
    }

    @Test
    void privateKey_missingFile_failsNamingIt() {
        PlaybackSigningException e = assertThrows(PlaybackSigningException.class,
                () -> VodPlayback.builder().privateKey(Path.of("no-such-key.pem")));
        assertTrue(e.getMessage().contains("no such file: no-such-key.pem"), e.getMessage());
    }

    @Test
    void privateKeyPem_publicKeyOrGarbage_fails() {
        assertThrows(PlaybackSigningException.class,
                () -> VodPlayback.builder().privateKeyPem(TestPlayback.resource("test-key-public.pem")));
        assertThrows(PlaybackSigningException.class, () -> VodPlayback.builder().privateKeyPem("not a key"));
        assertThrows(PlaybackSigningException.class, () -> VodPlayback.builder()
                .privateKeyPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"));
    }

    @Test
    void build_withoutKeyOrKeyPairId_failsNamingTheSetting() {
        assertTrue(assertThrows(IllegalStateException.class,
                () -> VodPlayback.builder().keyPairId(KEY_PAIR_ID).build()).getMessage().startsWith("privateKey "));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> VodPlayback.builder().privateKey(TestPlayback.resourcePath("test-key-pkcs8.pem")).build())
                .getMessage().startsWith("keyPairId "));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> VodPlayback.builder().keyPairId("k2 lower")).getMessage().startsWith("keyPairId "));
    }

    @Test
    void privateKey_rsaKeyObject_signsVerifiablyOnlyWithItsOwnKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        VodPlayback foreign = VodPlayback.builder().keyPairId(KEY_PAIR_ID)
                .privateKey(generator.generateKeyPair().getPrivate()).clock(TestPlayback.CLOCK).build();
        assertEquals("bad signature", RULES.refusalOfUrl(foreign.signUrl(URL).url(), NOW, "192.0.2.1"));
    }
}
