package io.github.vodclient.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code vod sign-url}, {@code sign-cookies}, {@code sign-playlist}: signing is local, no server is contacted. */
class SignCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "K2JCJMDEHXQW5F";
    private static final String FOLDER = "https://d1a2b3c4d5e6f7.cloudfront.net/6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";

    @Test
    void signUrl_pipelineUrlWithSpaces_printsCannedSignedEncodedUrlAndExpiry() throws Exception {
        Instant before = Instant.now();
        CliRun run = CliRun.of("sign-url", FOLDER + "/mp4/My Video (1)_720.mp4", "--key-pair-id", ID,
                "--private-key", key("test-key-pkcs8.pem"), "--expires", "PT2H");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.outLines().size());
        JsonNode out = JSON.readTree(run.out());
        assertEquals(List.of("url", "expiresAt"), List.copyOf(fieldNames(out)));
        URI url = URI.create(out.get("url").asText());
        assertEquals("/6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11/mp4/My%20Video%20(1)_720.mp4", url.getRawPath());
        Instant expiresAt = Instant.parse(out.get("expiresAt").asText());
        assertTrue(!expiresAt.isBefore(before.plus(Duration.ofHours(2)).minusSeconds(1)), expiresAt.toString());
        String expires = param(url, "Expires");
        assertEquals(Long.toString(expiresAt.getEpochSecond()), expires);
        String canned = "{\"Statement\":[{\"Resource\":\"" + FOLDER + "/mp4/My%20Video%20(1)_720.mp4\",\"Condition\":"
                + "{\"DateLessThan\":{\"AWS:EpochTime\":" + expires + "}}}]}";
        assertTrue(verifies(canned.getBytes(StandardCharsets.UTF_8), param(url, "Signature")));
        assertEquals(ID, param(url, "Key-Pair-Id"));
    }

    @Test
    void signUrl_ipAndInstant_printsCustomPolicyUrl() throws Exception {
        Instant at = Instant.now().plus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        CliRun run = CliRun.of("sign-url", FOLDER + "/thumbnails/a.jpg", "--key-pair-id", ID, "--private-key",
                key("test-key-pkcs8.pem"), "--expires", at.toString(), "--ip", "203.0.113.0/24");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode out = JSON.readTree(run.out());
        assertEquals(at.toString(), out.get("expiresAt").asText());
        URI url = URI.create(out.get("url").asText());
        byte[] policy = decode(param(url, "Policy"));
        assertTrue(new String(policy, StandardCharsets.UTF_8).contains("\"AWS:SourceIp\":\"203.0.113.0/24\""));
        assertTrue(verifies(policy, param(url, "Signature")));
    }

    @Test
    void signUrl_unusableArguments_exit2WithOneErrorLine() throws Exception {
        assertError(CliRun.of("sign-url", "http://d1.cloudfront.net/g/a.mp4", "--key-pair-id", ID,
                "--private-key", key("test-key-pkcs8.pem")), "error: url: must be https");
        assertError(CliRun.of("sign-url", FOLDER + "/a.mp4", "--key-pair-id", ID,
                "--private-key", key("test-key-ec-pkcs8.pem")), "error: privateKey: the key is EC, not RSA");
        assertError(CliRun.of("sign-url", FOLDER + "/a.mp4", "--key-pair-id", ID,
                "--private-key", "no-such.pem"), "error: privateKey: no such file: no-such.pem");
        assertError(CliRun.of("sign-url", FOLDER + "/a.mp4", "--key-pair-id", ID,
                "--private-key", key("test-key-pkcs8.pem"), "--expires", "2020-01-01T00:00:00Z"),
                "error: expiresAt: 2020-01-01T00:00:00Z is not in the future");
        CliRun badDuration = CliRun.of("sign-url", FOLDER + "/a.mp4", "--key-pair-id", ID,
                "--private-key", key("test-key-pkcs8.pem"), "--expires", "soon");
        assertEquals(2, badDuration.exitCode());
        assertTrue(badDuration.err().startsWith("error: "), badDuration.err());
    }

    @Test
    void signCookies_alternateDomain_printsCookiesAndSetCookieHeaders() throws Exception {
        CliRun run = CliRun.of("sign-cookies", "--resource", "https://media.example.com/g1/*", "--key-pair-id", ID,
                "--private-key", key("test-key-pkcs8.pem"), "--expires", "PT30M", "--domain", "example.com");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode out = JSON.readTree(run.out());
        assertEquals(List.of("cookies", "setCookie", "expiresAt"), List.copyOf(fieldNames(out)));
        JsonNode cookies = out.get("cookies");
        assertEquals(List.of("CloudFront-Policy", "CloudFront-Signature", "CloudFront-Key-Pair-Id"),
                List.copyOf(fieldNames(cookies)));
        byte[] policy = decode(cookies.get("CloudFront-Policy").asText());
        assertTrue(new String(policy, StandardCharsets.UTF_8).contains("\"Resource\":\"https://media.example.com/g1/*\""));
        assertTrue(verifies(policy, cookies.get("CloudFront-Signature").asText()));
        assertTrue(out.get("setCookie").get(0).asText().endsWith("; Domain=example.com; Path=/g1/; Max-Age=1800;"
                + " Secure; HttpOnly; SameSite=Lax"), out.get("setCookie").get(0).asText());
    }

    @Test
    void signCookies_cloudFrontNetDomain_exit2ExplainingWhy() throws Exception {
        CliRun run = CliRun.of("sign-cookies", "--resource", FOLDER + "/*", "--key-pair-id", ID,
                "--private-key", key("test-key-pkcs8.pem"));
        assertError(run, "error: resource: signed cookies cannot work on d1a2b3c4d5e6f7.cloudfront.net");
    }

    @Test
    void signPlaylist_fileAndStdin_printTheRewrittenPlaylist() throws Exception {
        String playlist = resource("media.m3u8");
        CliRun fromFile = CliRun.of("sign-playlist", FOLDER + "/hls/My Video (1)_720p.m3u8", key("media.m3u8"),
                "--key-pair-id", ID, "--private-key", key("test-key-pkcs8.pem"));
        CliRun fromStdin = CliRun.withStdin(playlist, "sign-playlist", FOLDER + "/hls/My%20Video%20(1)_720p.m3u8",
                "-", "--key-pair-id", ID, "--private-key", key("test-key-pkcs8.pem"));

        assertEquals(0, fromFile.exitCode(), fromFile.err());
        assertEquals(0, fromStdin.exitCode(), fromStdin.err());
        assertEquals(playlist.lines().count(), fromFile.outLines().size());
        String segment = fromFile.outLines().stream().filter(l -> l.contains("_00001.ts")).findFirst().orElseThrow();
        URI signed = URI.create(segment);
        assertEquals(FOLDER + "/hls/My%20Video%20(1)_720p_00001.ts", signed.getScheme() + "://"
                + signed.getRawAuthority() + signed.getRawPath());
        byte[] policy = decode(param(signed, "Policy"));
        assertTrue(new String(policy, StandardCharsets.UTF_8).contains("\"Resource\":\"" + FOLDER + "/*\""));
        assertTrue(verifies(policy, param(signed, "Signature")));
    }

    @Test
    void signPlaylist_notAPlaylist_exit2() throws Exception {
        assertError(CliRun.withStdin("<html>AccessDenied</html>", "sign-playlist", FOLDER + "/hls/a.m3u8", "-",
                "--key-pair-id", ID, "--private-key", key("test-key-pkcs8.pem")),
                "error: playlist: not an HLS playlist");
    }

    private static void assertError(CliRun run, String prefix) {
        assertEquals(2, run.exitCode(), run.out());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith(prefix), run.err());
    }

    private static boolean verifies(byte[] data, String urlSafeSignature) throws Exception {
        String pem = resource("test-key-public.pem").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Signature signature = Signature.getInstance("SHA1withRSA");
        signature.initVerify(key);
        signature.update(data);
        return signature.verify(decode(urlSafeSignature));
    }

    private static byte[] decode(String urlSafe) {
        return Base64.getDecoder().decode(urlSafe.replace('-', '+').replace('_', '=').replace('~', '/'));
    }

    private static String param(URI url, String name) {
        for (String pair : url.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " not in " + url);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A playback fixture of the library's test-jar (the one copy) as a file, for the command line. */
    private static String key(String name) throws IOException {
        Path file = Files.createTempFile("vod-test-", "-" + name);
        file.toFile().deleteOnExit();
        Files.writeString(file, resource(name));
        return file.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SignCommandsTest.class.getResourceAsStream("/io/github/vodclient/playback/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
