package io.github.vodclient.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://d1.cloudfront.net/g/hls/clip.m3u8|https://d1.cloudfront.net/g/hls/clip.m3u8",
        "https://d1.cloudfront.net/g/hls/My Video (1).m3u8|https://d1.cloudfront.net/g/hls/My%20Video%20(1).m3u8",
        "https://d1.cloudfront.net/g/hls/100%.m3u8|https://d1.cloudfront.net/g/hls/100%25.m3u8",
        "https://d1.cloudfront.net/g/hls/a?b#c.m3u8|https://d1.cloudfront.net/g/hls/a%3Fb%23c.m3u8",
        "https://d1.cloudfront.net/g/hls/vidéo 東京.m3u8|https://d1.cloudfront.net/g/hls/vid%C3%A9o%20%E6%9D%B1%E4%BA%AC.m3u8",
        "s3://dest/g/hls/My Video (1).m3u8|s3://dest/g/hls/My%20Video%20(1).m3u8",
        "https://d1.cloudfront.net|https://d1.cloudfront.net",
        "hls-url|hls-url",
        "a:b c|a%3Ab%20c",
        "https://|https%3A//",
    })
    void of_pipelineUrl_isAValidUriForTheSameObject(String raw, String expected) {
        MediaUrl url = MediaUrl.of(raw);

        assertEquals(raw, url.raw());
        assertEquals(URI.create(expected), url.uri());
        assertEquals(expected, url.toString());
    }

    @Test
    void of_loneSurrogate_isEncodedAsReplacementCharacter() {
        assertEquals(URI.create("https://h/a%EF%BF%BDb"), MediaUrl.of("https://h/a\uD800b").uri());
    }

    @Test
    void of_null_isRejectedNamingTheArgument() {
        assertEquals("raw", assertThrows(NullPointerException.class, () -> MediaUrl.of(null)).getMessage());
    }

    @Test
    void uri_calledTwice_returnsTheSameInstance() {
        MediaUrl url = MediaUrl.of("https://h/My Video.m3u8");

        assertSame(url.uri(), url.uri());
    }

    @Test
    void equals_sameRawString_equalWithSameHashCode() {
        MediaUrl a = MediaUrl.of("https://h/My Video.m3u8");
        MediaUrl b = MediaUrl.of("https://h/My Video.m3u8");
        a.uri();

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, MediaUrl.of("https://h/My%20Video.m3u8"));
    }
}
