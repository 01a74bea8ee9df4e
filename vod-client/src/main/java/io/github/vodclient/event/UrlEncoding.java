package io.github.vodclient.event;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Turns the pipeline's unencoded URL strings into valid URIs: the function behind {@link MediaUrl#uri()}. */
final class UrlEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** Characters RFC 3986 allows unescaped in a path: unreserved, sub-delims, ':', '@' and '/'. */
    private static final boolean[] PATH_SAFE = new boolean[128];

    static {
        String safe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/";
        for (int i = 0; i < safe.length(); i++) {
            PATH_SAFE[safe.charAt(i)] = true;
        }
    }

    private UrlEncoding() {
    }

    /**
     * Converts a URL string written without percent-encoding into a valid URI. Scheme and authority are kept as
     * they are when they are well formed; everything after the authority is a literal path.
     *
     * @param raw the string as written
     * @return a valid URI for the same location
     */
    static URI toUri(String raw) {
        int schemeEnd = schemeEnd(raw);
        if (schemeEnd < 0) {
            // No scheme: a relative reference. ':' is escaped too so the first segment is never read as a scheme.
            return create(encodePath(raw, 0, raw.length(), true));
        }
        int authorityStart = schemeEnd + 3;
        int authorityEnd = raw.indexOf('/', authorityStart);
        if (authorityEnd < 0) {
            authorityEnd = raw.length();
        }
        String prefix = raw.substring(0, schemeEnd + 3);
        String authority = encodePath(raw, authorityStart, authorityEnd, false).replace("/", "%2F");
        String path = encodePath(raw, authorityEnd, raw.length(), false);
        URI uri = tryCreate(prefix + authority + path);
        if (uri != null) {
            return uri;
        }
        // An authority java.net.URI cannot take (e.g. an empty host with a port): keep everything as a path.
        return create(encodePath(raw, 0, raw.length(), true));
    }

    /** Index of "://" when the string starts with a syntactically valid scheme, else -1. */
    private static int schemeEnd(String raw) {
        int colon = raw.indexOf("://");
        if (colon <= 0) {
            return -1;
        }
        char first = raw.charAt(0);
        if (!isAlpha(first)) {
            return -1;
        }
        for (int i = 1; i < colon; i++) {
            char c = raw.charAt(i);
            if (!(isAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return -1;
            }
        }
        return colon;
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String encodePath(String s, int from, int to, boolean escapeColon) {
        int firstUnsafe = from;
        while (firstUnsafe < to && isSafe(s.charAt(firstUnsafe), escapeColon)) {
            firstUnsafe++;
        }
        if (firstUnsafe == to) {
            return s.substring(from, to);
        }
        StringBuilder out = new StringBuilder((to - from) + 16);
        out.append(s, from, firstUnsafe);
        int i = firstUnsafe;
        while (i < to) {
            char c = s.charAt(i);
            if (isSafe(c, escapeColon)) {
                out.append(c);
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (len == 1 && Character.isSurrogate(c)) {
                // A lone surrogate has no UTF-8 form: encode U+FFFD, as a browser would.
                cp = 0xFFFD;
            }
            byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i += len;
        }
        return out.toString();
    }

    private static boolean isSafe(char c, boolean escapeColon) {
        return c < 128 && PATH_SAFE[c] && !(escapeColon && c == ':');
    }

    private static URI tryCreate(String s) {
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static URI create(String s) {
        URI uri = tryCreate(s);
        if (uri == null) {
            throw new IllegalStateException("percent-encoded path is not a valid URI");
        }
        return uri;
    }
}
