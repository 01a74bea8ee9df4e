package io.github.vodclient.playback;

import static io.github.vodclient.playback.SignUrlTest.assertField;
import static io.github.vodclient.playback.TestPlayback.NOW;
import static io.github.vodclient.playback.TestPlayback.RULES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.playback.VodPlayback.SignedPlaylist;
import io.github.vodclient.playback.VodPlayback.SigningOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SignPlaylistTest {
    private static final String FOLDER = "https://d1a2b3c4d5e6f7.cloudfront.net/6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final URI MASTER = URI.create(FOLDER + "/hls/My%20Video%20(1).m3u8");
    private static final URI MEDIA = URI.create(FOLDER + "/hls/My%20Video%20(1)_720p.m3u8");
    private static final Pattern URI_ATTRIBUTE = Pattern.compile("URI=\"([^\"]*)\"");
    private final VodPlayback playback = TestPlayback.builder().build();

    @Test
    void signPlaylist_master_everyUriAbsoluteSignedForTheJobFolderAndTagsKept() {
        String master = TestPlayback.resource("master.m3u8");

        SignedPlaylist signed = playback.signPlaylist(MASTER, master, SigningOptions.defaults());

        assertEquals(FOLDER + "/*", signed.resource());
        assertEquals(4, signed.signedUris());
        List<String> before = master.lines().toList();
        List<String> after = signed.content().lines().toList();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).startsWith("#") && !before.get(i).contains("URI=")) {
                assertEquals(before.get(i), after.get(i), "tag kept at line " + i);
            }
        }
        List<URI> uris = uris(signed.content());
        assertEquals(List.of(FOLDER + "/hls/My%20Video%20(1)_en.m3u8", FOLDER + "/hls/My%20Video%20(1)_1080p.m3u8",
                FOLDER + "/hls/My%20Video%20(1)_720p.m3u8", FOLDER + "/hls/My%20Video%20(1)_720p_iframe.m3u8"),
                uris.stream().map(u -> u.getScheme() + "://" + u.getRawAuthority() + u.getRawPath()).toList()
                        .subList(0, 4));
        uris.forEach(u -> assertNull(RULES.refusalOfUrl(u, NOW, "192.0.2.1"), u.toString()));
    }

    @Test
    void signPlaylist_media_signsMapAndSegmentsAndLeavesOtherHostsAndKeyServersAlone() {
        String media = TestPlayback.resource("media.m3u8");

        SignedPlaylist signed = playback.signPlaylist(MEDIA, media, SigningOptions.defaults());

        assertEquals(4, signed.signedUris());
        assertTrue(signed.content().contains("#EXT-X-MAP:URI=\"" + FOLDER + "/hls/My%20Video%20(1)_720pinit.mp4?Policy="));
        assertTrue(signed.content().contains("URI=\"skd://key-server/1\""));
        assertTrue(signed.content().contains("\nhttps://ads.example.net/slate.ts\n"));
        assertTrue(signed.content().endsWith("#EXT-X-ENDLIST\n"));
        uris(signed.content()).stream().filter(u -> u.getHost() != null && u.getHost().startsWith("d1a2"))
                .forEach(u -> assertNull(RULES.refusalOfUrl(u, NOW, "192.0.2.1"), u.toString()));
    }

    @Test
    void signPlaylist_variantMapper_pointsMediaPlaylistsAtTheApplication() {
        SignedPlaylist signed = playback.signPlaylist(MASTER, TestPlayback.resource("master.m3u8"),
                SigningOptions.defaults(), u -> URI.create("https://app.example.com/play?media="
                        + URLEncoder.encode(u.toString(), StandardCharsets.UTF_8)));

        assertTrue(signed.content().contains("\nhttps://app.example.com/play?media=https%3A%2F%2Fd1a2b3c4d5e6f7"));
        assertTrue(signed.content().contains("URI=\"https://app.example.com/play?media="));
        assertTrue(!signed.content().contains("Policy="), "nothing signed when every URI is a media playlist");
    }

    @Test
    void signPlaylist_crlfLineEndings_areKept() {
        String crlf = TestPlayback.resource("media.m3u8").replace("\n", "\r\n");
        SignedPlaylist signed = playback.signPlaylist(MEDIA, crlf, SigningOptions.defaults());
        assertEquals(crlf.split("\r\n", -1).length, signed.content().split("\r\n", -1).length);
    }

    @Test
    void signPlaylist_notAPlaylistOrTooLarge_isRefused() {
        assertField("playlist", () -> playback.signPlaylist(MEDIA, "<html>AccessDenied</html>",
                SigningOptions.defaults()));
        assertField("playlist", () -> playback.signPlaylist(MEDIA, "#EXTM3UX\n", SigningOptions.defaults()));
        assertField("playlist", () -> playback.signPlaylist(MEDIA, "#EXTM3U\n" + "a.ts\n".repeat(
                VodPlayback.MAX_PLAYLIST_LINES), SigningOptions.defaults()));
        assertField("playlist", () -> playback.signPlaylist(MEDIA, "#EXTM3U\n" + "x".repeat(
                VodPlayback.MAX_PLAYLIST_CHARS), SigningOptions.defaults()));
        assertField("playlist", () -> playback.signPlaylist(MEDIA, "#EXTM3U\n\u0000\u0001",
                SigningOptions.defaults()));
        assertField("playlistUrl", () -> playback.signPlaylist(URI.create("https://d1a2b3c4d5e6f7.cloudfront.net/x.m3u8"),
                "#EXTM3U\n", SigningOptions.defaults()));
    }

    /** Every URI of a playlist: URI lines and URI attributes. */
    static List<URI> uris(String playlist) {
        List<URI> uris = new ArrayList<>();
        for (String line : playlist.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                Matcher m = URI_ATTRIBUTE.matcher(line);
                while (m.find()) {
                    uris.add(URI.create(m.group(1)));
                }
            } else {
                uris.add(URI.create(line));
            }
        }
        return uris;
    }
}
