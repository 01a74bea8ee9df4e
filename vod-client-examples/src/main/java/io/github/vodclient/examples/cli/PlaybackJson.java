package io.github.vodclient.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vodclient.playback.VodPlayback.SignedCookies;
import io.github.vodclient.playback.VodPlayback.SignedUrl;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Writes the {@code vod sign-*} commands' JSON output, one object per line. */
final class PlaybackJson {

    private PlaybackJson() {
    }

    /** {@code {"url","expiresAt"}}. */
    static void write(PrintWriter out, SignedUrl url) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("url", url.url().toString());
            g.writeStringField("expiresAt", url.expiresAt().toString());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** {@code {"cookies":{name:value},"setCookie":[...],"expiresAt"}}. */
    static void write(PrintWriter out, SignedCookies cookies) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("cookies");
            for (Map.Entry<String, String> e : cookies.values().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("setCookie");
            for (String header : cookies.setCookieHeaders()) {
                g.writeString(header);
            }
            g.writeEndArray();
            g.writeStringField("expiresAt", cookies.expiresAt().toString());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    private static JsonGenerator generator(PrintWriter out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        return g;
    }
}
