package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.upload.VodUploads.SourceKeyStrategy;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code <prefix><videoId>/<safe-base-name>.<ext>}; see {@link SourceKeyStrategy#standard()}. Thread-safe. */
public final class DefaultSourceKeyStrategy implements SourceKeyStrategy {
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
        String fileExtension = VideoFormats.extensionOf(name);
        if (!EXTENSION.matcher(fileExtension).matches()) {
            fileExtension = "";
        }
        String base = fileExtension.isEmpty() ? name : name.substring(0, name.length() - fileExtension.length() - 1);
        String extension;
        if (VideoFormats.isKnown(fileExtension)) {
            extension = fileExtension;
        } else if (contentType.flatMap(VideoFormats::extension).isPresent()) {
            extension = contentType.flatMap(VideoFormats::extension).get();
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

    @Override
    public String toString() {
        return "SourceKeyStrategy.standard(\"" + prefix + "\")";
    }
}
