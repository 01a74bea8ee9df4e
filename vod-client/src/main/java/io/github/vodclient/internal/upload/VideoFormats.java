package io.github.vodclient.internal.upload;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The video extensions the pipeline's S3 trigger accepts and the content types that go with them. */
final class VideoFormats {
    /** Extension (lower case) to the content type a presigned upload signs by default. */
    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("mpg", "video/mpeg"),
            Map.entry("mpeg", "video/mpeg"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("m4v", "video/x-m4v"),
            Map.entry("mov", "video/quicktime"),
            Map.entry("m2ts", "video/mp2t"),
            Map.entry("wmv", "video/x-ms-wmv"),
            Map.entry("mxf", "application/mxf"),
            Map.entry("mkv", "video/x-matroska"),
            Map.entry("m3u8", "application/vnd.apple.mpegurl"),
            Map.entry("webm", "video/webm"),
            Map.entry("h264", "video/h264"));
    /** Content type (lower case, no parameters) to the extension a key gets for it. */
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("video/mpeg", "mpg"),
            Map.entry("video/mp4", "mp4"),
            Map.entry("video/x-m4v", "m4v"),
            Map.entry("video/quicktime", "mov"),
            Map.entry("video/mp2t", "m2ts"),
            Map.entry("video/x-ms-wmv", "wmv"),
            Map.entry("application/mxf", "mxf"),
            Map.entry("video/x-matroska", "mkv"),
            Map.entry("application/vnd.apple.mpegurl", "m3u8"),
            Map.entry("application/x-mpegurl", "m3u8"),
            Map.entry("video/webm", "webm"),
            Map.entry("video/h264", "h264"));
    /** For messages, in the pipeline's order. */
    static final String ACCEPTED_LIST = ".mpg .mp4 .m4v .mov .m2ts .wmv .mxf .mkv .m3u8 .mpeg .webm .h264";

    private VideoFormats() {
    }

    /**
     * Whether the pipeline starts a workflow for this extension: one of its extensions in all lower case or all
     * upper case ({@code .Mov} does not start it).
     */
    static boolean isTriggering(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.containsKey(lower)
                && (extension.equals(lower) || extension.equals(extension.toUpperCase(Locale.ROOT)));
    }

    /** Whether the extension, in any case, is a video format the pipeline knows. */
    static boolean isKnown(String extension) {
        return CONTENT_TYPES.containsKey(extension.toLowerCase(Locale.ROOT));
    }

    /** The default content type for an extension in any case. */
    static Optional<String> contentType(String extension) {
        return Optional.ofNullable(CONTENT_TYPES.get(extension.toLowerCase(Locale.ROOT)));
    }

    /** The extension for a content type such as {@code video/mp4; codecs="avc1"}. */
    static Optional<String> extension(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        return Optional.ofNullable(EXTENSIONS.get(type));
    }

    /** The extension of a key or file name (after the last '.' of the last segment), or "" when it has none. */
    static String extensionOf(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot + 1) : "";
    }
}
