package io.github.vodclient.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vodclient.VodParseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Typed reads of the current JSON value, with errors that name the field. */
public final class JsonReading {

    private JsonReading() {
    }

    /**
     * A string value, leniently: numbers and booleans are taken as their text (the pipeline's own fields, whose
     * writers are not always careful with types); null for JSON null.
     */
    public static String lenientString(JsonParser p, JsonToken t, String path) throws IOException {
        switch (t) {
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return p.getText();
            case VALUE_NULL:
                return null;
            default:
                throw wrongType(path, "a string", t);
        }
    }

    // The overloads below take the field's parent path and name apart and join them only for an error message:
    // building "message.hlsUrl" for every field read cost more than reading most fields.

    /** {@link #lenientString(JsonParser, JsonToken, String)} of the field {@code parent.field}. */
    public static String lenientString(JsonParser p, JsonToken t, String parent, String field) throws IOException {
        return t == JsonToken.VALUE_STRING ? p.getText() : lenientString(p, t, parent + "." + field);
    }

    /** {@link #strictString(JsonParser, JsonToken, String)} of the field {@code parent.field}. */
    public static String strictString(JsonParser p, JsonToken t, String parent, String field) throws IOException {
        return t == JsonToken.VALUE_STRING ? p.getText() : strictString(p, t, parent + "." + field);
    }

    /** {@link #integer(JsonParser, JsonToken, String)} of the field {@code parent.field}. */
    public static Integer integer(JsonParser p, JsonToken t, String parent, String field) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        return integer(p, t, parent + "." + field);
    }

    /** {@link #bool(JsonParser, JsonToken, String)} of the field {@code parent.field}. */
    public static Boolean bool(JsonParser p, JsonToken t, String parent, String field) throws IOException {
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        return t == JsonToken.VALUE_FALSE ? Boolean.FALSE : bool(p, t, parent + "." + field);
    }

    /**
     * A string value, strictly: only JSON strings (and null). Used for envelope fields, whose raw values are
     * signed, and for the body of an SQS record.
     */
    public static String strictString(JsonParser p, JsonToken t, String path) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw wrongType(path, "a string", t);
    }

    /** A whole number in int range, from a number (1080 or 1080.0) or a numeric string; null for JSON null. */
    public static Integer integer(JsonParser p, JsonToken t, String path) throws IOException {
        switch (t) {
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                }
                throw new VodParseException(path + " is out of range: " + Untrusted.escape(p.getText()));
            case VALUE_NUMBER_FLOAT:
            case VALUE_STRING:
                return wholeNumber(p.getText(), path);
            default:
                throw wrongType(path, "a number", t);
        }
    }

    private static Integer wholeNumber(String text, String path) {
        try {
            double d = Double.parseDouble(text.trim());
            if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                return (int) d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new VodParseException(path + " must be a whole number, was " + Untrusted.quote(text));
    }

    /** A boolean, from true/false or the strings "true"/"false"; null for JSON null. */
    public static Boolean bool(JsonParser p, JsonToken t, String path) throws IOException {
        switch (t) {
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                String s = p.getText().trim().toLowerCase(Locale.ROOT);
                if (s.equals("true") || s.equals("false")) {
                    return Boolean.valueOf(s);
                }
                throw new VodParseException(path + " must be true or false, was " + Untrusted.quote(p.getText()));
            default:
                throw wrongType(path, "a boolean", t);
        }
    }

    /** An array of strings, or a single string as a one-element list; null for JSON null. */
    public static List<String> strings(JsonParser p, JsonToken t, String path) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING) {
            return List.of(p.getText());
        }
        if (t != JsonToken.START_ARRAY) {
            throw wrongType(path, "an array of strings", t);
        }
        List<String> values = new ArrayList<>(2);
        JsonToken item;
        int i = 0;
        while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
            if (item != JsonToken.VALUE_STRING) {
                throw wrongType(path + "[" + i + "]", "a string", item);
            }
            values.add(p.getText());
            i++;
        }
        return values;
    }

    /** An object whose values are strings, in order; null for JSON null. */
    public static Map<String, String> stringMap(JsonParser p, JsonToken t, String path) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw wrongType(path, "an object", t);
        }
        Map<String, String> values = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken value = p.nextToken();
            if (value != JsonToken.VALUE_STRING) {
                throw wrongType(path + "." + Untrusted.escape(name), "a string", value);
            }
            values.put(name, p.getText());
        }
        return values;
    }

    /**
     * Any JSON value as plain, unmodifiable Java values: the one JSON-to-Java converter. Strings, booleans, null,
     * {@code List} and {@code Map}; numbers as {@code Integer}/{@code Long}/{@code BigInteger} and {@code Double}
     * (custom metadata, as documented on the events).
     */
    public static Object value(JsonParser p, JsonToken t) throws IOException {
        return value(p, t, false);
    }

    /**
     * {@link #value(JsonParser, JsonToken)}, with every number as an exact {@code BigDecimal} when {@code exact}
     * (media info, whose durations are read to the nanosecond).
     */
    public static Object value(JsonParser p, JsonToken t, boolean exact) throws IOException {
        switch (t) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return exact ? p.getDecimalValue() : p.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return exact ? p.getDecimalValue() : (Object) p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case START_ARRAY: {
                JsonToken item = p.nextToken();
                if (item == JsonToken.END_ARRAY) {
                    return List.of(); // shared: "[[],[],...]" must not cost an object per two bytes of input
                }
                List<Object> list = new ArrayList<>();
                do {
                    list.add(value(p, item, exact));
                } while ((item = p.nextToken()) != JsonToken.END_ARRAY);
                return Collections.unmodifiableList(list);
            }
            case START_OBJECT: {
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
            default:
                throw new VodParseException("unexpected JSON token " + t);
        }
    }

    /** An error saying the value at {@code path} is not of the expected type. */
    public static VodParseException wrongType(String path, String expected, JsonToken actual) {
        return new VodParseException(path + " must be " + expected + ", was " + describe(actual));
    }

    /** Names a token's type for an error message. */
    public static String describe(JsonToken t) {
        if (t == null) {
            return "missing";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return t.toString();
        }
    }
}
