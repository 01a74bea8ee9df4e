package io.github.vodclient.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB items for the end-to-end benchmark: read from the AttributeValue JSON fixture, and sized. */
final class Items {

    private Items() {
    }

    /** The pipeline's final item of scenario A ({@code gen_A-video_dynamodb-item_final_attributevalue.json}). */
    static Map<String, AttributeValue> finalItem() {
        try (JsonParser p = Fixtures.JSON.createParser(
                Fixtures.resource("job/gen_A-video_dynamodb-item_final_attributevalue.json"))) {
            p.nextToken();
            return map(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, AttributeValue> map(JsonParser p) throws IOException {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            map.put(name, value(p));
        }
        return map;
    }

    /** The parser stands on the START_OBJECT of a type wrapper such as {"S": ...}. */
    private static AttributeValue value(JsonParser p) throws IOException {
        String type = p.nextFieldName();
        JsonToken t = p.nextToken();
        AttributeValue value;
        switch (type) {
            case "S" -> value = AttributeValue.fromS(p.getText());
            case "N" -> value = AttributeValue.fromN(p.getText());
            case "BOOL" -> value = AttributeValue.fromBool(t == JsonToken.VALUE_TRUE);
            case "NULL" -> value = AttributeValue.fromNul(true);
            case "M" -> value = AttributeValue.fromM(map(p));
            case "L" -> {
                List<AttributeValue> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                value = AttributeValue.fromL(list);
            }
            case "SS" -> {
                List<String> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(p.getText());
                }
                value = AttributeValue.fromSs(list);
            }
            default -> throw new IllegalArgumentException("attribute type " + type + " not in the fixture");
        }
        p.nextToken(); // END_OBJECT of the type wrapper
        return value;
    }

    /**
     * The item's size by DynamoDB's rules (what a read is billed on): UTF-8 lengths of attribute names and string
     * values, number digits, 1 byte for booleans and nulls, 3 bytes plus the elements for maps and lists.
     */
    static long size(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8(e.getKey()) + size(e.getValue());
        }
        return size;
    }

    private static long size(AttributeValue v) {
        if (v.s() != null) {
            return utf8(v.s());
        }
        if (v.n() != null) {
            return v.n().length();
        }
        if (v.bool() != null || v.nul() != null) {
            return 1;
        }
        if (v.hasM()) {
            return 3 + size(v.m());
        }
        if (v.hasL()) {
            long size = 3;
            for (AttributeValue element : v.l()) {
                size += 1 + size(element);
            }
            return size;
        }
        if (v.hasSs()) {
            return v.ss().stream().mapToLong(Items::utf8).sum();
        }
        throw new IllegalArgumentException("attribute type not sized: " + v.type());
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
