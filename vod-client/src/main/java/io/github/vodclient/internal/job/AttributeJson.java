package io.github.vodclient.internal.job;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vodclient.VodParseException;
import io.github.vodclient.internal.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes a DynamoDB item as the plain JSON the pipeline's Lambdas wrote it from (the DocumentClient's marshalling
 * reversed), so that items are read by the same field mapping as the pipeline's messages. Thread-safe: stateless.
 */
public final class AttributeJson {

    private AttributeJson() {
    }

    /**
     * Writes an item as a JSON object: S as strings, N as numbers, BOOL, NULL, L, M as themselves, SS and NS as
     * arrays, B and BS as base64 strings.
     *
     * @param item the item's attributes
     * @param path how error messages name the item
     * @return the JSON text
     */
    public static String write(Map<String, AttributeValue> item, String path) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = Json.factory().createGenerator(out)) {
            writeMap(g, item, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeMap(JsonGenerator g, Map<String, AttributeValue> map, String path) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
            g.writeFieldName(e.getKey());
            writeValue(g, e.getValue(), path + "." + e.getKey());
        }
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, AttributeValue v, String path) throws IOException {
        if (v == null) {
            g.writeNull();
            return;
        }
        switch (v.type()) {
            case S:
                g.writeString(v.s());
                break;
            case N:
                g.writeNumber(number(v.n(), path));
                break;
            case BOOL:
                g.writeBoolean(v.bool());
                break;
            case NUL:
                g.writeNull();
                break;
            case M:
                writeMap(g, v.m(), path);
                break;
            case L: {
                g.writeStartArray();
                List<AttributeValue> list = v.l();
                for (int i = 0; i < list.size(); i++) {
                    writeValue(g, list.get(i), path + "[" + i + "]");
                }
                g.writeEndArray();
                break;
            }
            case SS:
                g.writeStartArray();
                for (String s : v.ss()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                break;
            case NS:
                g.writeStartArray();
                for (String n : v.ns()) {
                    g.writeNumber(number(n, path));
                }
                g.writeEndArray();
                break;
            case B:
                g.writeString(base64(v.b()));
                break;
            case BS:
                g.writeStartArray();
                for (SdkBytes b : v.bs()) {
                    g.writeString(base64(b));
                }
                g.writeEndArray();
                break;
            default:
                throw new VodParseException(path + " has an attribute type this SDK does not know");
        }
    }

    private static BigDecimal number(String text, String path) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw new VodParseException(path + " is not a number");
        }
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
    }
}
