package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.upload.VodUploads.SourceKeyStrategy;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Source keys: the standard strategy, {@code <prefix><videoId>/<safe-base-name>.<ext>} (see
 * {@link SourceKeyStrategy#standard()}); the video formats the pipeline's S3 trigger accepts and the content types
 * that go with them; and the check every key passes, whichever strategy chose it. Thread-safe.
 */
public final class DefaultSourceKeyStrategy implements SourceKeyStrategy {
    /**
     * The extensions (lower case) the pipeline starts a workflow for, in its order, each followed by the content type
     * a presigned upload signs for it by default; for a content type, the first extension listed with it is the one
     * a key gets.
     */
    private static final String[] FORMATS = {
        "mpg", "video/mpeg", "mp4", "video/mp4", "m4v", "video/x-m4v", "mov", "video/quicktime",
        "m2ts", "video/mp2t", "wmv", "video/x-ms-wmv", "mxf", "application/mxf", "mkv", "video/x-matroska",
        "m3u8", "application/vnd.apple.mpegurl", "mpeg", "video/mpeg", "webm", "video/webm", "h264", "video/h264"};
    /** For messages, in the pipeline's order. */
    private static final String ACCEPTED_LIST = ".mpg .mp4 .m4v .mov .m2ts .wmv .mxf .mkv .m3u8 .mpeg .webm .h264";
    /** S3's key limit in UTF-8 bytes. */
    private static final int MAX_KEY_BYTES = 1024;
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final Pattern UNSAFE_RUN = Pattern.compile("[^A-Za-z0-9_-]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,8}");
    private static final Pattern PREFIX = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*");
    private static final int MAX_BASE_NAME = 100;

    private final String prefix;

    /**
     * Creates the strategy.
     *
     * @param prefix empty or ending in '/'
     */
    public DefaultSourceKeyStrategy(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new UploadValidationException("prefix", "must be empty or safe path segments ending in '/',"
                    + " was " + Untrusted.quote(prefix));
        }
        this.prefix = prefix;
    }

    @Override
    public String sourceKey(String videoId, String fileName, Optional<String> contentType) {
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        if (!VIDEO_ID.matcher(videoId).matches()) {
            throw new UploadValidationException("videoId", "must be 1 to 128 letters, digits, '-', '_' or '.'"
                    + " (not starting with '.'), was " + Untrusted.quote(videoId));
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String name = fileName.substring(slash + 1);
        String fileExtension = extensionOf(name);
        if (!EXTENSION.matcher(fileExtension).matches()) {
            fileExtension = "";
        }
        String base = fileExtension.isEmpty() ? name : name.substring(0, name.length() - fileExtension.length() - 1);
        String extension;
        Optional<String> fromType = contentType.flatMap(DefaultSourceKeyStrategy::extension);
        if (isKnown(fileExtension)) {
            extension = fileExtension;
        } else if (fromType.isPresent()) {
            extension = fromType.get();
        } else if (!fileExtension.isEmpty()) {
            extension = fileExtension;
        } else {
            throw new UploadValidationException("fileName", Untrusted.quote(fileName) + " has no"
                    + " extension and no video contentType was given");
        }
        return prefix + videoId + "/" + safeBaseName(base) + "." + extension.toLowerCase(Locale.ROOT);
    }

    /** ASCII letters, digits, '-' and '_' only; accents stripped; never empty. */
    static String safeBaseName(String base) {
        String ascii = MARKS.matcher(Normalizer.normalize(transliterate(base), Normalizer.Form.NFKD))
                .replaceAll("");
        String safe = UNSAFE_RUN.matcher(ascii).replaceAll("-");
        safe = trim(safe);
        if (safe.length() > MAX_BASE_NAME) {
            safe = trim(safe.substring(0, MAX_BASE_NAME));
        }
        return safe.isEmpty() ? "video" : safe;
    }

    /** Latin letters that Unicode decomposition does not reduce to ASCII. */
    private static String transliterate(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("OE");
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'đ' -> out.append('d');
                case 'Đ' -> out.append('D');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '-' || s.charAt(start) == '_')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '-' || s.charAt(end - 1) == '_')) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * Rejects a key S3 would refuse or the pipeline would ignore.
     *
     * @param field the request field to name in errors ({@code key}, or {@code fileName} for a generated key)
     * @param key the key
     * @param trigger how the stack starts workflows; in MetadataFile mode, the key leaves room for a {@code .json}
     *     metadata file next to it
     */
    static void check(String field, String key, WorkflowTrigger trigger) {
        if (key.isEmpty()) {
            throw new UploadValidationException(field, "the key is empty");
        }
        int surrogate = Untrusted.firstLoneSurrogate(key);
        if (surrogate >= 0) {
            // UTF-8 has no form for it: the URL would be signed for '?' while key() still holds the surrogate.
            throw new UploadValidationException(field, "the key " + Untrusted.quote(key) + " is not well-formed"
                    + " Unicode: an unpaired surrogate at character " + surrogate);
        }
        int limit = MAX_KEY_BYTES - (trigger == WorkflowTrigger.METADATA_FILE ? ".json".length() : 0);
        if (key.getBytes(StandardCharsets.UTF_8).length > limit) {
            throw new UploadValidationException(field, "the key is longer than " + limit + " bytes");
        }
        if (key.chars().anyMatch(Character::isISOControl)) {
            throw new UploadValidationException(field, "the key contains control characters");
        }
        if (key.startsWith("/") || key.endsWith("/")) {
            throw new UploadValidationException(field, "the key " + Untrusted.quote(key)
                    + " must not start or end with '/'");
        }
        if (hasDotSegment(key)) {
            throw new UploadValidationException(field, "the key " + Untrusted.quote(key) + " has a '.' or '..'"
                    + " path segment, which browsers and curl remove before sending, so the signature would not"
                    + " match");
        }
        String extension = extensionOf(key);
        if (extension.equals("json")) {
            throw new UploadValidationException(field, "the key " + Untrusted.quote(key) + " ends in"
                    + " .json, which the pipeline reads as a metadata file, not a video");
        }
        if (trigger == WorkflowTrigger.VIDEO_FILE && !isTriggering(extension)) {
            String shown = extension.isEmpty() ? "no extension" : "extension '." + extension + "'";
            throw new UploadValidationException(field, "the key " + Untrusted.quote(key) + " has "
                    + shown + ", which the pipeline ignores: it starts a workflow only for "
                    + ACCEPTED_LIST + ", all lower case or all upper case"
                    + " (set workflowTrigger(VodUploads.WorkflowTrigger.METADATA_FILE) for other files)");
        }
    }

    /** Whether a '/'-separated segment is exactly "." or "..", which URL normalisation would remove. */
    static boolean hasDotSegment(String key) {
        int start = 0;
        while (start <= key.length()) {
            int end = key.indexOf('/', start);
            if (end < 0) {
                end = key.length();
            }
            int length = end - start;
            if ((length == 1 || length == 2) && key.charAt(start) == '.' && key.charAt(end - 1) == '.') {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * Whether the pipeline starts a workflow for this extension: one of its extensions in all lower case or all
     * upper case ({@code .Mov} does not start it).
     */
    static boolean isTriggering(String extension) {
        return isKnown(extension) && (extension.equals(extension.toLowerCase(Locale.ROOT))
                || extension.equals(extension.toUpperCase(Locale.ROOT)));
    }

    /** Whether the extension, in any case, is a video format the pipeline knows. */
    static boolean isKnown(String extension) {
        return contentType(extension).isPresent();
    }

    /** The default content type for an extension in any case. */
    static Optional<String> contentType(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        for (int i = 0; i < FORMATS.length; i += 2) {
            if (FORMATS[i].equals(lower)) {
                return Optional.of(FORMATS[i + 1]);
            }
        }
        return Optional.empty();
    }

    /** The extension for a content type such as {@code video/mp4; codecs="avc1"}. */
    static Optional<String> extension(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        if (type.equals("application/x-mpegurl")) {
            return Optional.of("m3u8");
        }
        for (int i = 1; i < FORMATS.length; i += 2) {
            if (FORMATS[i].equals(type)) {
                return Optional.of(FORMATS[i - 1]);
            }
        }
        return Optional.empty();
    }

    /** The extension of a key or file name (after the last '.' of the last segment), or "" when it has none. */
    static String extensionOf(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot + 1) : "";
    }

    @Override
    public String toString() {
        return "SourceKeyStrategy.standard(\"" + prefix + "\")";
    }
}
