package io.github.vodclient.playback;

import static io.github.vodclient.playback.SignUrlTest.assertField;
import static io.github.vodclient.playback.TestPlayback.NOW;
import static io.github.vodclient.playback.TestPlayback.RULES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.PlaybackSigningException;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.job.VodJobs;
import io.github.vodclient.playback.VodPlayback.SignedCookies;
import io.github.vodclient.playback.VodPlayback.SigningOptions;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignCookiesTest {
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final String IP = "203.0.113.7";
    /** The fixture job: its URLs are on d1a2b3c4d5e6f7.cloudfront.net, with raw spaces and parentheses. */
    private static final VodJob JOB = VodJobs.fromSqsBody(
            TestPlayback.resource("/io/github/vodclient/event/gen_A-video_sqs_message-body.json"));

    private final VodPlayback aliased = TestPlayback.builder().distributionDomain("media.example.com").build();

    @Test
    void cookies_jobOnAlternateDomain_customPolicyOnTheJobFolderThatOpensItsFilesOnly() {
        SignedCookies cookies = aliased.cookies(JOB.playback(), SigningOptions.defaults());

        assertEquals("https://media.example.com/" + GUID + "/*", cookies.resource());
        URI playlist = URI.create("https://media.example.com/" + GUID + "/hls/My%20Video%20(1).m3u8");
        URI segment = URI.create("https://media.example.com/" + GUID + "/hls/My%20Video%20(1)_00001.ts");
        URI otherJob = URI.create("https://media.example.com/00000000-0000-0000-0000-000000000000/hls/a.m3u8");
        assertNull(RULES.refusalOfCookies(cookies.values(), playlist, NOW, IP));
        assertNull(RULES.refusalOfCookies(cookies.values(), segment, NOW, IP));
        assertTrue(RULES.refusalOfCookies(cookies.values(), otherJob, NOW, IP).startsWith("resource"));
        assertEquals("expired", RULES.refusalOfCookies(cookies.values(), playlist, NOW.plus(Duration.ofHours(2)), IP));
    }

    @Test
    void cookies_setCookieHeaders_carryDomainPathMaxAgeAndSecurityAttributes() {
        SignedCookies cookies = aliased.cookies(JOB.playback(),
                SigningOptions.builder().expiresIn(Duration.ofMinutes(20)).build());

        List<String> headers = cookies.setCookieHeaders();
        assertEquals(3, headers.size());
        String attributes = "; Domain=example.com; Path=/" + GUID + "/; Max-Age=1200; Secure; HttpOnly; SameSite=Lax";
        assertEquals("CloudFront-Policy=" + cookies.policy() + attributes, headers.get(0));
        assertEquals("CloudFront-Signature=" + cookies.signature() + attributes, headers.get(1));
        assertEquals("CloudFront-Key-Pair-Id=" + TestPlayback.KEY_PAIR_ID + attributes, headers.get(2));
    }

    @Test
    void cookies_cloudFrontNetDomain_failsExplainingWhyCookiesCannotWork() {
        VodPlayback plain = TestPlayback.builder().build();
        PlaybackSigningException e = assertThrows(PlaybackSigningException.class,
                () -> plain.cookies(JOB.playback(), SigningOptions.defaults()));
        assertTrue(e.getMessage().contains("never sends your site's cookies to a *.cloudfront.net domain"),
                e.getMessage());
        assertTrue(e.getMessage().contains("signed playlists"), e.getMessage());
    }

    @Test
    void signCookies_explicitResourceAndCookieDomain_usesThem() {
        VodPlayback withDomain = TestPlayback.builder().distributionDomain("media.example.com")
                .cookieDomain(".example.com").build();
        SignedCookies cookies = withDomain.signCookies("https://media.example.com/" + GUID + "/hls/*",
                SigningOptions.builder().ipRange("203.0.113.0/24").build());

        assertTrue(cookies.setCookieHeaders().get(0).contains("; Domain=example.com; Path=/" + GUID + "/hls/;"));
        URI playlist = URI.create("https://media.example.com/" + GUID + "/hls/a.m3u8");
        assertNull(RULES.refusalOfCookies(cookies.values(), playlist, NOW, IP));
        assertTrue(RULES.refusalOfCookies(cookies.values(), playlist, NOW, "198.51.100.1").startsWith("address"));
    }

    @Test
    void signCookies_badInputs_failWithTheField() {
        assertField("cookieDomain", () -> TestPlayback.builder().cookieDomain("other.org").build()
                .signCookies("https://media.example.com/" + GUID + "/*", SigningOptions.defaults()));
        assertField("resource", () -> aliased.signCookies("https://cdn.other.com/" + GUID + "/*",
                SigningOptions.defaults()));
        assertField("resource", () -> aliased.signCookies("media.example.com/" + GUID + "/*",
                SigningOptions.defaults()));
        assertField("urls", () -> aliased.cookies(io.github.vodclient.event.PlaybackUrls.none(),
                SigningOptions.defaults()));
    }

    @Test
    void toString_doesNotRevealTheSignature() {
        SignedCookies cookies = aliased.cookies(JOB.playback(), SigningOptions.defaults());
        assertTrue(!cookies.toString().contains(cookies.signature()));
    }
}
