package io.github.vodclient.internal.playback;

import io.github.vodclient.PlaybackSigningException;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.playback.VodPlayback;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Rewrites an HLS playlist so that every URI on the distribution is absolute and carries a signed query. Lines are
 * kept in order with their terminators; only URI lines and {@code URI="..."} attributes change. The playlist is
 * untrusted input: its size and line count are bounded and it must start with {@code #EXTM3U}.
 */
final class PlaylistRewriter {
    /** Tags whose {@code URI} attribute names a resource (RFC 8216 and its low-latency additions). */
    private static final Set<String> URI_TAGS = Set.of("#EXT-X-MAP", "#EXT-X-MEDIA", "#EXT-X-I-FRAME-STREAM-INF",
            "#EXT-X-KEY", "#EXT-X-SESSION-KEY", "#EXT-X-SESSION-DATA", "#EXT-X-PART", "#EXT-X-PRELOAD-HINT",
            "#EXT-X-RENDITION-REPORT");
    /** Tags whose {@code URI} attribute names a media playlist, which a variant mapper may redirect. */
    private static final Set<String> MEDIA_PLAYLIST_TAGS = Set.of("#EXT-X-MEDIA", "#EXT-X-I-FRAME-STREAM-INF");

    private final URI base;
    private final String query;
    private final UnaryOperator<URI> variantMapper;
    private int signed;

    /**
     * A rewriter for one playlist.
     *
     * @param base the encoded URL the playlist was fetched from
     * @param query the signed query appended to every URI on the distribution
     * @param variantMapper where media playlist URIs go instead, or null to sign them
     */
    PlaylistRewriter(URI base, String query, UnaryOperator<URI> variantMapper) {
        this.base = base;
        this.query = query;
        this.variantMapper = variantMapper;
    }

    /** Checks that the text is a playlist within the bounds, before anything is signed. */
    static void check(String playlist) {
        if (playlist.length() > VodPlayback.MAX_PLAYLIST_CHARS) {
            throw new PlaybackSigningException("playlist", "larger than " + VodPlayback.MAX_PLAYLIST_CHARS
                    + " characters");
        }
        String text = playlist.startsWith("\uFEFF") ? playlist.substring(1) : playlist;
        if (!text.startsWith("#EXTM3U") || (text.length() > 7 && !Character.isWhitespace(text.charAt(7)))) {
            throw new PlaybackSigningException("playlist", "not an HLS playlist: it must start with #EXTM3U");
        }
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && ++lines > VodPlayback.MAX_PLAYLIST_LINES) {
                throw new PlaybackSigningException("playlist", "more than " + VodPlayback.MAX_PLAYLIST_LINES
                        + " lines");
            }
            if (c < ' ' && c != '\n' && c != '\r' && c != '\t') {
                throw new PlaybackSigningException("playlist", "not an HLS playlist: control character at line "
                        + lines);
            }
        }
    }

    /** The playlist, {@link #check checked} before, with its URIs rewritten. */
    String rewrite(String playlist) {
        StringBuilder out = new StringBuilder(playlist.length() + 256);
        boolean nextIsVariant = false;
        int start = 0;
        while (start < playlist.length()) {
            int newline = playlist.indexOf('\n', start);
            int end = newline < 0 ? playlist.length() : newline;
            int contentEnd = end > start && playlist.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = playlist.substring(start, contentEnd);
            if (line.isBlank()) {
                out.append(line);
            } else if (line.startsWith("#")) {
                String tag = tagName(line);
                if (tag.equals("#EXT-X-STREAM-INF")) {
                    nextIsVariant = true;
                }
                out.append(URI_TAGS.contains(tag) ? uriAttribute(line, MEDIA_PLAYLIST_TAGS.contains(tag))
                        : line);
            } else {
                out.append(uri(line.strip(), nextIsVariant));
                nextIsVariant = false;
            }
            out.append(playlist, contentEnd, newline < 0 ? end : newline + 1);
            start = newline < 0 ? playlist.length() : newline + 1;
        }
        return out.toString();
    }

    /** How many URIs on the distribution were rewritten: signed, or given to the variant mapper. */
    int signed() {
        return signed;
    }

    private static String tagName(String line) {
        int colon = line.indexOf(':');
        return (colon < 0 ? line : line.substring(0, colon)).strip();
    }

    /** Rewrites the {@code URI="..."} attribute of a tag line, if it has one. */
    private String uriAttribute(String line, boolean mediaPlaylist) {
        int at = attributeStart(line);
        if (at < 0) {
            return line;
        }
        int valueStart = at + "URI=\"".length();
        int valueEnd = line.indexOf('"', valueStart);
        if (valueEnd < 0) {
            throw new PlaybackSigningException("playlist", "unterminated URI attribute in " + tagName(line));
        }
        return line.substring(0, valueStart) + uri(line.substring(valueStart, valueEnd), mediaPlaylist)
                + line.substring(valueEnd);
    }

    /** Index of {@code URI="} as an attribute name (after ':' or ','), not inside another attribute's value. */
    private static int attributeStart(String line) {
        boolean quoted = false;
        for (int i = line.indexOf(':') + 1; i > 0 && i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && line.startsWith("URI=\"", i)
                    && (line.charAt(i - 1) == ':' || line.charAt(i - 1) == ',')) {
                return i;
            }
        }
        return -1;
    }

    private String uri(String reference, boolean mediaPlaylist) {
        URI resolved = base.resolve(parse(reference));
        String scheme = resolved.getScheme();
        boolean onDistribution = scheme != null && scheme.equalsIgnoreCase(base.getScheme())
                && base.getRawAuthority().equalsIgnoreCase(resolved.getRawAuthority());
        if (!onDistribution) {
            // Another host (or a key server such as skd://): the signature must not travel there.
            return reference;
        }
        signed++;
        if (mediaPlaylist && variantMapper != null) {
            URI mapped = variantMapper.apply(resolved);
            if (mapped == null) {
                throw new PlaybackSigningException("variantMapper", "returned null for " + resolved);
            }
            return mapped.toASCIIString();
        }
        return resolved.toASCIIString() + (resolved.getRawQuery() == null ? "?" : "&") + query;
    }

    /**
     * A playlist's URI: used as it is when it is a valid URI reference; otherwise (raw spaces, as ffmpeg and the
     * pipeline write file names) percent-encoded by {@link MediaUrl#uri()}.
     */
    private static URI parse(String reference) {
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c <= ' ' || c > '~' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                // Not a valid URI reference: skip the parse attempt (and its exception) and encode it.
                return MediaUrl.of(reference).uri();
            }
        }
        try {
            return new URI(reference);
        } catch (URISyntaxException e) {
            return MediaUrl.of(reference).uri();
        }
    }
}
