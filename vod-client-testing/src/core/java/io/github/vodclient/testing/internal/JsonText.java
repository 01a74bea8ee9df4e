package io.github.vodclient.testing.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as pretty-printed JSON in the two layouts deliveries use: the
 * pipeline's {@code JSON.stringify(value, null, 2)} ({@code "key": value}) and SNS's ({@code "Key" : value}).
 */
public final class JsonText {
    private final String colon;

    private JsonText(String colon) {
        this.colon = colon;
    }

    /** The layout of the pipeline's messages, Node.js {@code JSON.stringify(value, null, 2)}. */
    public static final JsonText NODE = new JsonText(": ");
    /** The layout of SNS's envelopes and of Lambda events. */
    public static final JsonText SNS = new JsonText(" : ");

    /**
     * Writes the value.
     *
     * @param value a {@code Map<String, ?>}, {@code List<?>}, {@code String}, {@code Number} or {@code Boolean}
     * @return the JSON text
     */
    public String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, "", out);
        return out.toString();
    }

    private void write(Object value, String indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            String inner = indent + "  ";
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(inner);
                string(entry.getKey().toString(), out);
                out.append(colon);
                write(entry.getValue(), inner, out);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            String inner = indent + "  ";
            for (int i = 0; i < list.size(); i++) {
                out.append(inner);
                write(list.get(i), inner, out);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("cannot write " + (value == null ? "null" : value.getClass()));
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }
}
