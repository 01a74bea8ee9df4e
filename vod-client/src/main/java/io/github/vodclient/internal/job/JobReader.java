package io.github.vodclient.internal.job;

import io.github.vodclient.VodParseException;
import io.github.vodclient.internal.Json;
import io.github.vodclient.internal.JsonReading;
import io.github.vodclient.internal.Limits;
import io.github.vodclient.internal.event.MessageFields;
import io.github.vodclient.job.VodJob;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Turns a table item or a body of the solution's own SQS queue into a {@link VodJob}. Thread-safe: stateless. */
public final class JobReader {
    /** Largest SQS body accepted: SQS's own limit is 1 MiB. */
    static final int MAX_SQS_BODY_BYTES = 1024 * 1024;

    private JobReader() {
    }

    /**
     * Reads a table item: each attribute becomes the plain Java value its JSON would (the DocumentClient's
     * marshalling reversed) and goes through the same field mapping as the pipeline's messages.
     *
     * @param item the item's attributes, as GetItem, BatchGetItem or Query return them
     * @return the job
     * @throws VodParseException when an attribute has an unusable value; the message names it ({@code item.X})
     */
    public static VodJob fromItem(Map<String, AttributeValue> item) {
        MessageFields fields = new MessageFields("item");
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            fields.accept(e.getKey(), value(e.getValue(), "item", e.getKey(), 2));
        }
        return job(fields, "item");
    }

    /**
     * Reads a body of the solution's own SQS queue: the whole final workflow state as JSON.
     *
     * @param body the message body
     * @return the job
     * @throws VodParseException when the body is malformed; the message names the field ({@code body.X})
     */
    public static VodJob fromSqsBody(String body) {
        Limits.check(body, "body", MAX_SQS_BODY_BYTES);
        return job(MessageFields.read(body, "body"), "body");
    }

    private static VodJob job(MessageFields fields, String path) {
        return fields.toJob(fields.srcMediainfo().map(raw -> MediaInfoReader.parse(raw, path + ".srcMediainfo")));
    }

    /**
     * An attribute as the plain Java value {@link JsonReading#value} gives for the JSON the pipeline wrote it from:
     * S as a string, N as an {@code Integer}/{@code Long}/{@code BigInteger} or a {@code Double}, BOOL, NULL, L and M
     * as themselves, SS and NS as lists, B and BS as base64 strings. The JSON reader's limits hold: nesting depth and
     * number length.
     *
     * @param depth the nesting depth a list or map here would have (the item itself is 1)
     */
    static Object value(AttributeValue v, String parent, Object name, int depth) {
        if (v == null) {
            return null;
        }
        // if, not switch: a switch on the SDK's enum costs a synthetic class (JobReader$1)
        AttributeValue.Type type = v.type();
        if (type == AttributeValue.Type.S) {
            return v.s();
        }
        if (type == AttributeValue.Type.N) {
            return number(v.n(), parent, name);
        }
        if (type == AttributeValue.Type.BOOL) {
            return v.bool();
        }
        if (type == AttributeValue.Type.NUL) {
            return null;
        }
        if (type == AttributeValue.Type.B) {
            return base64(v.b());
        }
        if (type == AttributeValue.Type.SS) {
            return v.ss();
        }
        if (type == AttributeValue.Type.M) {
            String path = container(parent, name, depth);
            Map<String, Object> map = new LinkedHashMap<>();
            v.m().forEach((key, value) -> map.put(key, value(value, path, key, depth + 1)));
            return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(map);
        }
        if (type != AttributeValue.Type.L && type != AttributeValue.Type.NS && type != AttributeValue.Type.BS) {
            throw new VodParseException(path(parent, name) + " has an attribute type this SDK does not know");
        }
        List<?> items = v.hasL() ? v.l() : v.hasNs() ? v.ns() : v.bs();
        String path = container(parent, name, depth);
        List<Object> list = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            list.add(item instanceof String ? number((String) item, path, i)
                    : item instanceof SdkBytes ? base64((SdkBytes) item)
                    : value((AttributeValue) item, path, i, depth + 1));
        }
        return list.isEmpty() ? List.of() : Collections.unmodifiableList(list);
    }

    /** As the JSON reader reads the number's text: whole numbers by size, others as {@code Double}. */
    private static Object number(String text, String parent, Object name) {
        if (text != null && text.length() > Json.MAX_NUMBER_LENGTH) {
            throw new VodParseException(path(parent, name) + " is a number longer than " + Json.MAX_NUMBER_LENGTH
                    + " characters");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw new VodParseException(path(parent, name) + " is not a number");
        }
        if (d.scale() != 0) {
            return d.doubleValue();
        }
        BigInteger whole = d.toBigIntegerExact();
        return whole.bitLength() < 32 ? (Object) whole.intValue()
                : whole.bitLength() < 64 ? (Object) whole.longValue() : whole;
    }

    /** The path of a list or map, refused when it would nest deeper than a JSON document may. */
    private static String container(String parent, Object name, int depth) {
        String path = path(parent, name);
        if (depth > Json.MAX_NESTING_DEPTH) {
            throw new VodParseException(path + " is nested more than " + Json.MAX_NESTING_DEPTH + " levels deep");
        }
        return path;
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
    }

    /** {@code parent.name}, or {@code parent[name]} for a list index. */
    private static String path(String parent, Object name) {
        return name instanceof Integer ? parent + "[" + name + "]" : parent + "." + name;
    }
}
