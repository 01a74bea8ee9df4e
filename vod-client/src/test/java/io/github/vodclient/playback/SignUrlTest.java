package io.github.vodclient.playback;

import static io.github.vodclient.playback.TestPlayback.NOW;
import static io.github.vodclient.playback.TestPlayback.RULES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.PlaybackSigningException;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.playback.VodPlayback.SignedUrl;
import io.github.vodclient.playback.VodPlayback.SigningOptions;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignUrlTest {
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final String ORIGIN = "https://d1a2b3c4d5e6f7.cloudfront.net";
    private static final String IP = "203.0.113.7";
    private final VodPlayback playback = TestPlayback.builder().build();

    @Test
    void signUrl_defaults_cannedPolicyForOneHourThatCloudFrontAccepts() {
        SignedUrl signed = playback.signUrl(MediaUrl.of(ORIGIN + "/" + GUID + "/mp4/clip_720.mp4"));

        assertFalse(signed.customPolicy());
        assertEquals(NOW.plus(Duration.ofHours(1)), signed.expiresAt());
        assertTrue(signed.url().getRawQuery().startsWith("Expires=" + NOW.plus(Duration.ofHours(1)).getEpochSecond()
                + "&Signature="), signed.url().getRawQuery());
        assertTrue(signed.url().getRawQuery().endsWith("&Key-Pair-Id=" + TestPlayback.KEY_PAIR_ID));
        assertNull(RULES.refusalOfUrl(signed.url(), NOW, IP));
    }

    @Test
    void signUrl_pipelineUrlWithSpacesParenthesesAndNonAscii_signsTheEncodedUrlCloudFrontReceives() {
        MediaUrl raw = MediaUrl.of(ORIGIN + "/" + GUID + "/mp4/My Video (1) – café.mp4");

        SignedUrl signed = playback.signUrl(raw);

        String path = signed.url().getRawPath();
        assertEquals("/" + GUID + "/mp4/My%20Video%20(1)%20%E2%80%93%20caf%C3%A9.mp4", path);
        assertTrue(signed.url().toString().startsWith(raw.uri().toString() + "?Expires="));
        assertNull(RULES.refusalOfUrl(signed.url(), NOW, IP));
    }

    @Test
    void signUrl_uriWithNonAsciiCharacters_signsItsAsciiForm() {
        SignedUrl signed = playback.signUrl(URI.create(ORIGIN + "/" + GUID + "/thumbnails/caf\u00e9.jpg"),
                SigningOptions.defaults());
        assertEquals("/" + GUID + "/thumbnails/caf%C3%A9.jpg", signed.url().getRawPath());
        assertNull(RULES.refusalOfUrl(signed.url(), NOW, IP));
    }

    @Test
    void signUrl_alteredPathOrSignature_isRefused() {
        SignedUrl signed = playback.signUrl(MediaUrl.of(ORIGIN + "/" + GUID + "/mp4/a.mp4"));
        URI otherFile = URI.create(signed.url().toString().replace("/a.mp4", "/b.mp4"));
        URI otherSignature = URI.create(signed.url().toString().replaceFirst("Signature=.", "Signature=A"));
        assertTrue(RULES.refusalOfUrl(otherFile, NOW, IP).startsWith("bad signature"));
        assertTrue(RULES.refusalOfUrl(otherSignature, NOW, IP).startsWith("bad signature"));
        assertEquals("expired", RULES.refusalOfUrl(signed.url(), NOW.plus(Duration.ofHours(2)), IP));
    }

    @Test
    void signUrl_ipRange_customPolicyThatAdmitsOnlyThatRange() {
        SignedUrl signed = playback.signUrl(MediaUrl.of(ORIGIN + "/" + GUID + "/mp4/a.mp4"),
                SigningOptions.builder().ipRange("203.0.113.0/24").expiresIn(Duration.ofMinutes(5)).build());

        assertTrue(signed.customPolicy());
        assertTrue(signed.url().getRawQuery().startsWith("Policy="));
        assertTrue(CloudFrontRules.decodedPolicy(signed.url()).contains("\"AWS:SourceIp\":\"203.0.113.0/24\""));
        assertNull(RULES.refusalOfUrl(signed.url(), NOW, IP));
        assertEquals("address 198.51.100.1 outside 203.0.113.0/24",
                RULES.refusalOfUrl(signed.url(), NOW, "198.51.100.1"));
    }

    @Test
    void signUrl_notBefore_customPolicyNotValidBeforeIt() {
        Instant start = NOW.plus(Duration.ofMinutes(10));
        SignedUrl signed = playback.signUrl(MediaUrl.of(ORIGIN + "/" + GUID + "/mp4/a.mp4"),
                SigningOptions.builder().notBefore(start).build());
        assertEquals("not yet valid", RULES.refusalOfUrl(signed.url(), NOW, IP));
        assertNull(RULES.refusalOfUrl(signed.url(), start.plusSeconds(1), IP));
    }

    @Test
    void signUrl_wildcardResource_signatureAlsoOpensOtherFilesOfTheJob() {
        SignedUrl signed = playback.signUrl(MediaUrl.of(ORIGIN + "/" + GUID + "/hls/My Video (1).m3u8"),
                SigningOptions.builder().resource(ORIGIN + "/" + GUID + "/*").build());
        URI segment = URI.create(signed.url().toString().replace("My%20Video%20(1).m3u8", "seg_00001.ts"));
        URI otherJob = URI.create(signed.url().toString().replace(GUID, "other-guid"));

        assertNull(RULES.refusalOfUrl(signed.url(), NOW, IP));
        assertNull(RULES.refusalOfUrl(segment, NOW, IP));
        assertTrue(RULES.refusalOfUrl(otherJob, NOW, IP).startsWith("resource"));
    }

    @Test
    void signUrl_badInputs_failWithTheFieldAndSignNothing() {
        MediaUrl url = MediaUrl.of(ORIGIN + "/" + GUID + "/mp4/a.mp4");
        assertField("url", () -> playback.signUrl(MediaUrl.of("http://d1a2b3c4d5e6f7.cloudfront.net/g/a.mp4")));
        assertField("url", () -> playback.signUrl(URI.create("/g/a.mp4"), SigningOptions.defaults()));
        assertField("expiresAt", () -> playback.signUrl(url,
                SigningOptions.builder().expiresAt(NOW.minusSeconds(1)).build()));
        assertField("expiresAt", () -> playback.signUrl(url,
                SigningOptions.builder().expiresIn(Duration.ofDays(2)).build()));
        assertField("resource", () -> playback.signUrl(url,
                SigningOptions.builder().resource("https://elsewhere.example.com/*").build()));
        assertField("resource", () -> playback.signUrl(url,
                SigningOptions.builder().resource(ORIGIN + "/other-guid/*").build()));
        assertField("resource", () -> SigningOptions.builder().resource(ORIGIN + "/My Video/*").build());
        assertField("ipRange", () -> SigningOptions.builder().ipRange("203.0.113.0/33").build());
        assertField("notBefore", () -> playback.signUrl(url,
                SigningOptions.builder().notBefore(NOW.plus(Duration.ofHours(3))).build()));
    }

    @Test
    void signUrl_distributionDomain_signsForTheAlternateDomainAndRefusesOtherHosts() {
        VodPlayback aliased = TestPlayback.builder().distributionDomain("media.example.com").build();

        SignedUrl signed = aliased.signUrl(MediaUrl.of(ORIGIN + "/" + GUID + "/mp4/a.mp4"));

        assertEquals("media.example.com", signed.url().getHost());
        assertNull(RULES.refusalOfUrl(signed.url(), NOW, IP));
        assertField("url", () -> aliased.signUrl(MediaUrl.of("https://cdn.other.com/" + GUID + "/a.mp4")));
    }

    @Test
    void signUrl_maxExpiry_capsTheLongestGrant() {
        VodPlayback shortLived = TestPlayback.builder().maxExpiry(Duration.ofMinutes(30))
                .defaultExpiry(Duration.ofMinutes(10)).build();
        MediaUrl url = MediaUrl.of(ORIGIN + "/" + GUID + "/mp4/a.mp4");
        assertEquals(NOW.plus(Duration.ofMinutes(10)), shortLived.signUrl(url).expiresAt());
        PlaybackSigningException e = assertThrows(PlaybackSigningException.class, () -> shortLived.signUrl(url,
                SigningOptions.builder().expiresIn(Duration.ofMinutes(31)).build()));
        assertTrue(e.getMessage().contains("maximum expiry of PT30M"), e.getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> TestPlayback.builder()
                .maxExpiry(Duration.ofMinutes(5)).build()).getMessage().startsWith("defaultExpiry "));
    }

    @Test
    void toString_doesNotRevealTheSignature() {
        SignedUrl signed = playback.signUrl(MediaUrl.of(ORIGIN + "/" + GUID + "/mp4/a.mp4"));
        assertFalse(signed.toString().contains("Signature"), signed.toString());
    }

    static void assertField(String field, Runnable call) {
        PlaybackSigningException e = assertThrows(PlaybackSigningException.class, call::run);
        assertEquals(field, e.field(), e.getMessage());
    }
}
