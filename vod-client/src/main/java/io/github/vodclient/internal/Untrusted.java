package io.github.vodclient.internal;

/**
 * The one way an untrusted value (a MessageId, TopicArn, key, subject, status... from a delivery or a caller) goes
 * into an exception message or a log line: quoted, control characters and unpaired surrogates escaped, and cut to
 * {@value #MAX_SHOWN} characters. A MessageId with CR/LF must not forge a log line, and a 3 MiB one must not become a
 * 3 MiB log line per request.
 */
public final class Untrusted {
    /** At most this many characters of a value are shown; the rest is replaced by a count. */
    public static final int MAX_SHOWN = 64;

    private Untrusted() {
    }

    /**
     * The value in single quotes, escaped and truncated, e.g. {@code 'a\nb'} or {@code 'abc...' (3145728 chars)}.
     *
     * @param value any string; null gives {@code null} (unquoted)
     */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 16).append('\'');
        appendEscaped(out, value);
        out.append('\'');
        if (value.length() > MAX_SHOWN) {
            out.append(" (").append(value.length()).append(" chars)");
        }
        return out.toString();
    }

    /** The value escaped and truncated like {@link #quote}, without the quotes and the length note. */
    public static String escape(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 8);
        appendEscaped(out, value);
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, String value) {
        int n = Math.min(value.length(), MAX_SHOWN);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\\': out.append("\\\\"); break;
                case '\'': out.append("\\'"); break;
                default:
                    if (Character.isISOControl(c) || isFormatBreaking(c) || isLoneSurrogate(value, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        if (value.length() > n) {
            out.append("...");
        }
    }

    /** Line and paragraph separators, which some log viewers also break lines on. */
    private static boolean isFormatBreaking(char c) {
        return c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /**
     * The index of the first unpaired surrogate, or -1 when the string is well-formed Unicode. Such a string has no
     * faithful UTF-8 form: {@code getBytes(UTF_8)} turns the surrogate into {@code ?}, so signed text or a presigned
     * key would differ from the text the caller holds.
     */
    public static int firstLoneSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
