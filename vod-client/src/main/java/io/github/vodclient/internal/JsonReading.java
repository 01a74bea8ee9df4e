package io.github.vodclient.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vodclient.VodParseException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one JSON-to-Java value converter ({@link #value}) and the typed reads of those values, with errors that name
 * the field. Every reader goes through them: a message's or an item's fields, an envelope's, a media info document's.
 * A typed read takes the field's parent path and name apart and joins them only for an error message: building
 * {@code "message.hlsUrl"} for every field read cost more than reading most fields.
 */
public final class JsonReading {

    private JsonReading() {
    }

    /**
     * Any JSON value as plain, unmodifiable Java values. Strings, booleans, null, {@code List} and {@code Map};
     * numbers as {@code Integer}/{@code Long}/{@code BigInteger} and {@code Double} (custom metadata, as documented on
     * the events), or every number as an exact {@code BigDecimal} when {@code exact} (media info, whose durations are
     * read to the nanosecond).
     *
     * @param p the parser, standing on the value's first token; left on its last
     * @param t the value's first token
     * @param exact whether numbers are read as {@code BigDecimal}
     * @return the value
     */
    public static Object value(JsonParser p, JsonToken t, boolean exact) throws IOException {
        // if, not switch: a switch on another class's enum costs a synthetic class (JsonReading$1)
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return exact ? p.getDecimalValue() : p.getNumberValue();
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return exact ? p.getDecimalValue() : (Object) p.getDoubleValue();
        }
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t == JsonToken.START_ARRAY) {
            JsonToken item = p.nextToken();
            if (item == JsonToken.END_ARRAY) {
                return List.of(); // shared: "[[],[],...]" must not cost an object per two bytes of input
            }
            List<Object> list = new ArrayList<>(4);
            do {
                list.add(value(p, item, exact));
            } while ((item = p.nextToken()) != JsonToken.END_ARRAY);
            return Collections.unmodifiableList(list);
        }
        if (t == JsonToken.START_OBJECT) {
            String name = p.nextFieldName();
            if (name == null) {
                return Map.of(); // shared, as for arrays: "[{},{},...]" is the classic heap-inflating padding
            }
            Map<String, Object> map = new LinkedHashMap<>();
            do {
                map.put(name, value(p, p.nextToken(), exact));
            } while ((name = p.nextFieldName()) != null);
            return Collections.unmodifiableMap(map);
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw new VodParseException("unexpected JSON token " + t);
    }

    /**
     * A string, leniently: numbers and booleans are taken as their text (the pipeline's own fields and mediainfo's,
     * whose writers are not always careful with types); null for null.
     */
    public static String lenientString(Object v, String parent, String field) {
        if (v instanceof String || v == null) {
            return (String) v;
        }
        if (v instanceof BigDecimal) {
            return text((BigDecimal) v);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        throw wrongType(at(parent, field), "a string", v);
    }

    /**
     * A string, strictly: only strings (and null). Used for envelope fields, whose raw values are signed, for the
     * body of an SQS record and for times.
     */
    public static String strictString(Object v, String parent, String field) {
        if (v instanceof String || v == null) {
            return (String) v;
        }
        throw wrongType(at(parent, field), "a string", v);
    }

    /** A whole number in int range, from a number (1080 or 1080.0) or a numeric string; null for null. */
    public static Integer integer(Object v, String parent, String field) {
        if (v instanceof Integer || v == null) {
            return (Integer) v;
        }
        if (v instanceof Long || v instanceof BigInteger) {
            throw new VodParseException(at(parent, field) + " is out of range: " + Untrusted.escape(v.toString()));
        }
        if (!(v instanceof Number || v instanceof String)) {
            throw wrongType(at(parent, field), "a number", v);
        }
        String text = v.toString();
        try {
            double d = Double.parseDouble(text.trim());
            if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                return (int) d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new VodParseException(at(parent, field) + " must be a whole number, was " + Untrusted.quote(text));
    }

    /** A boolean, from true/false or the strings "true"/"false"; null for null. */
    public static Boolean bool(Object v, String parent, String field) {
        if (v instanceof Boolean || v == null) {
            return (Boolean) v;
        }
        if (v instanceof String) {
            String s = ((String) v).trim().toLowerCase(Locale.ROOT);
            if (s.equals("true") || s.equals("false")) {
                return Boolean.valueOf(s);
            }
            throw new VodParseException(at(parent, field) + " must be true or false, was "
                    + Untrusted.quote((String) v));
        }
        throw wrongType(at(parent, field), "a boolean", v);
    }

    /** An array of strings, or a single string as a one-element list; null for null. */
    @SuppressWarnings("unchecked")
    public static List<String> strings(Object v, String parent, String field) {
        if (v instanceof String) {
            return List.of((String) v);
        }
        if (v instanceof List) {
            List<?> list = (List<?>) v;
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String)) {
                    throw wrongType(at(parent, field) + "[" + i + "]", "a string", list.get(i));
                }
            }
            return (List<String>) list;
        }
        if (v == null) {
            return null;
        }
        throw wrongType(at(parent, field), "an array of strings", v);
    }

    /** An object whose values are strings, in order; null for null. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> stringMap(Object v, String parent, String field) {
        if (v instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!(e.getValue() instanceof String)) {
                    throw wrongType(at(parent, field) + "." + Untrusted.escape((String) e.getKey()), "a string",
                            e.getValue());
                }
            }
            return (Map<String, String>) v;
        }
        if (v == null) {
            return null;
        }
        throw wrongType(at(parent, field), "an object", v);
    }

    /**
     * An exact number's text: without an exponent ({@code 21.021}, {@code 1000}) unless that would be longer than
     * the JSON reader's longest number ({@code 1E+99999999} is not written out as a hundred million digits).
     */
    public static String text(BigDecimal d) {
        return Math.abs((long) d.scale()) <= Json.MAX_NUMBER_LENGTH ? d.toPlainString() : d.toString();
    }

    /** Fails when the parser, done with a document's one value, finds more content after it. */
    public static void expectEnd(JsonParser p, String path) throws IOException {
        if (p.nextToken() != null) {
            throw new VodParseException(path + " has content after the end of the JSON object");
        }
    }

    /** The error for a document that could not be parsed: what the parser found wrong, and where. */
    public static VodParseException unreadable(String path, IOException e) {
        if (!(e instanceof JsonProcessingException)) {
            return new VodParseException(path + " could not be read", e);
        }
        JsonProcessingException malformed = (JsonProcessingException) e;
        String where = malformed.getLocation() == null ? "" : " (line " + malformed.getLocation().getLineNr()
                + ", column " + malformed.getLocation().getColumnNr() + ")";
        return new VodParseException(path + " is not valid JSON: " + malformed.getOriginalMessage() + where, e);
    }

    /** {@code parent.field}, or {@code parent} when there is no field name. */
    public static String at(String parent, String field) {
        return field == null ? parent : parent + "." + field;
    }

    /** An error saying the value at {@code path} is not of the expected type. */
    public static VodParseException wrongType(String path, String expected, Object actual) {
        return new VodParseException(path + " must be " + expected + ", was " + describe(actual));
    }

    /** Names a value's (or a {@link JsonToken}'s) type for an error message: {@code "an object"}, ... */
    public static String describe(Object v) {
        return v instanceof JsonToken ? describe((JsonToken) v) : v instanceof Map ? "an object"
                : v instanceof List ? "an array" : v instanceof String ? "a string" : v instanceof Number ? "a number"
                : v instanceof Boolean ? "a boolean" : "null";
    }

    /** Names a token's type for an error message, as {@link #describe(Object)} names values; "missing" for none. */
    public static String describe(JsonToken t) {
        return t == null ? "missing" : t == JsonToken.START_OBJECT ? "an object" : t == JsonToken.START_ARRAY
                ? "an array" : t == JsonToken.VALUE_STRING ? "a string" : t.isNumeric() ? "a number"
                : t.isBoolean() ? "a boolean" : t == JsonToken.VALUE_NULL ? "null" : t.toString();
    }
}
