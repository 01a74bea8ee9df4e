package io.github.vodclient.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads fixture files into DynamoDB items, as the pipeline's Lambdas (DocumentClient) would write them. */
public final class TestItems {
    private static final JsonFactory JSON = new JsonFactory();

    private TestItems() {
    }

    /** A fixture of the job package, or of any package when {@code name} is an absolute resource path. */
    public static String resource(String name) {
        String path = name.startsWith("/") ? name : "/io/github/vodclient/job/" + name;
        try (InputStream in = TestItems.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An item in the low-level AttributeValue JSON that GetItem returns ({@code {"guid": {"S": "..."}}}). */
    public static Map<String, AttributeValue> fromAttributeValueJson(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            return avMap(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An item in plain JSON, marshalled as the DocumentClient does: strings S, numbers N, booleans BOOL... */
    public static Map<String, AttributeValue> fromPlainJson(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            return plain(p, p.nextToken()).m();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain JSON value marshalled as the DocumentClient does. */
    public static AttributeValue plainValue(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            return plain(p, p.nextToken());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, AttributeValue> avMap(JsonParser p) throws IOException {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            map.put(name, av(p));
        }
        return map;
    }

    /** The parser stands on the START_OBJECT of {"S": ...}. */
    private static AttributeValue av(JsonParser p) throws IOException {
        String type = p.nextFieldName();
        JsonToken t = p.nextToken();
        AttributeValue value;
        switch (type) {
            case "S": value = AttributeValue.fromS(p.getText()); break;
            case "N": value = AttributeValue.fromN(p.getText()); break;
            case "BOOL": value = AttributeValue.fromBool(t == JsonToken.VALUE_TRUE); break;
            case "NULL": value = AttributeValue.fromNul(true); break;
            case "M": value = AttributeValue.fromM(avMap(p)); break;
            case "L": {
                List<AttributeValue> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(av(p));
                }
                value = AttributeValue.fromL(list);
                break;
            }
            case "SS": {
                List<String> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(p.getText());
                }
                value = AttributeValue.fromSs(list);
                break;
            }
            default: throw new IllegalArgumentException("attribute type " + type + " not used by the fixtures");
        }
        p.nextToken(); // END_OBJECT of the type wrapper
        return value;
    }

    private static AttributeValue plain(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_STRING: return AttributeValue.fromS(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return AttributeValue.fromN(p.getText());
            case VALUE_TRUE: return AttributeValue.fromBool(true);
            case VALUE_FALSE: return AttributeValue.fromBool(false);
            case VALUE_NULL: return AttributeValue.fromNul(true);
            case START_ARRAY: {
                List<AttributeValue> list = new ArrayList<>();
                JsonToken item;
                while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(plain(p, item));
                }
                return AttributeValue.fromL(list);
            }
            case START_OBJECT: {
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                String name;
                while ((name = p.nextFieldName()) != null) {
                    map.put(name, plain(p, p.nextToken()));
                }
                return AttributeValue.fromM(map);
            }
            default: throw new IllegalStateException("unexpected " + t);
        }
    }

    /** Approximately the size DynamoDB bills for: attribute names plus values, as JSON text. */
    public static int size(Map<String, AttributeValue> item) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, AttributeValue.fromM(item));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** Writes an attribute of the types the fixtures use as the plain JSON it was marshalled from. */
    private static void write(JsonGenerator g, AttributeValue v) throws IOException {
        switch (v.type()) {
            case S: g.writeString(v.s()); break;
            case N: g.writeNumber(v.n()); break;
            case BOOL: g.writeBoolean(v.bool()); break;
            case NUL: g.writeNull(); break;
            case SS:
                g.writeStartArray();
                for (String s : v.ss()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                break;
            case L:
                g.writeStartArray();
                for (AttributeValue item : v.l()) {
                    write(g, item);
                }
                g.writeEndArray();
                break;
            case M:
                g.writeStartObject();
                for (Map.Entry<String, AttributeValue> e : v.m().entrySet()) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
                break;
            default: throw new IllegalArgumentException("attribute type " + v.type() + " not used by the fixtures");
        }
    }
}
