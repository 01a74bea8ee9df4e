package io.github.vodclient.sns;

import io.github.vodclient.testing.StubCertificateSource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The real AWS-signed deliveries copied from the shared fixtures, and JSON helpers to alter them. */
final class Fixtures {

    static final String BASE = "sns-real/";

    /** All ten real deliveries. */
    static final List<String> REAL = List.of(
            "awsv1/message.json",
            "awsv2/test-notification-no-subject.json",
            "awsv2/test-notification-signature-v2.json",
            "awsv2/test-notification-with-subject.json",
            "awsv2/test-subscription-confirmation.json",
            "awsv2/test-unsubscribe-confirmation.json",
            "cert56e67/ahonnecke-1.json",
            "cert56e67/ahonnecke-2.json",
            "cert56e67/ahonnecke-3-compressed.json",
            "cert56e67/ahonnecke-4.json");

    private static final JsonFactory JSON = new JsonFactory();

    private Fixtures() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(BASE + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + BASE + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** A source serving every real certificate at the URL its messages name, counting requests. */
    static StubCertificateSource realCertificates() {
        StubCertificateSource source = new StubCertificateSource();
        for (String path : REAL) {
            String url = fields(text(path)).get("SigningCertURL");
            String directory = path.substring(0, path.indexOf('/') + 1);
            String file = url.substring(url.lastIndexOf('/') + 1);
            source.serve(URI.create(url), bytes(directory + file));
        }
        return source;
    }

    /** A clock instant inside the certificate's validity: one minute after the message was sent. */
    static Instant sentPlusOneMinute(String body) {
        return Instant.parse(fields(body).get("Timestamp")).plusSeconds(60);
    }

    /** The string fields of a flat JSON object, in order (nested values such as MessageAttributes are dropped). */
    static Map<String, String> fields(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else {
                    fields.put(name, p.getText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }

    /** Serialises fields as a JSON object of strings. */
    static String json(Map<String, String> fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                g.writeStringField(field.getKey(), field.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A copy of the body with one field set (or removed, for null). */
    static String with(String body, String field, String value) {
        Map<String, String> fields = fields(body);
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
        return json(fields);
    }
}
