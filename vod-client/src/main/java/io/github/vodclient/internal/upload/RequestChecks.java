package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.Untrusted;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Field checks shared by the upload request builders. */
public final class RequestChecks {
    /** Shortest presigned URL life S3 accepts. */
    public static final Duration MIN_EXPIRY = Duration.ofSeconds(1);
    /** Longest presigned URL life SigV4 allows. */
    public static final Duration MAX_EXPIRY = Duration.ofDays(7);
    /** S3's limit for all user-defined metadata of an object (names and values, UTF-8). */
    private static final int MAX_METADATA_BYTES = 2048;

    private RequestChecks() {
    }

    /** Rejects an expiry outside 1 second to 7 days. */
    public static void expiry(Duration expiry) {
        if (expiry.compareTo(MIN_EXPIRY) < 0 || expiry.compareTo(MAX_EXPIRY) > 0) {
            throw new UploadValidationException("expiry", "must be between 1 second and 7 days, was " + expiry);
        }
    }

    /** Rejects a size that is zero or negative. */
    public static void positive(String field, long value) {
        if (value <= 0) {
            throw new UploadValidationException(field, "must be positive, was " + value);
        }
    }

    /** Rejects a content type that is blank or could not be a header value. */
    public static void contentType(String contentType) {
        if (contentType.isBlank() || !isPrintableAscii(contentType) || contentType.indexOf('/') < 1) {
            throw new UploadValidationException("contentType", "must be a media type such as video/mp4, was "
                    + Untrusted.quote(contentType));
        }
    }

    /** Rejects a metadata name that is not a plain token, or a value that S3 would not return as sent. */
    public static void metadataEntry(String name, String value) {
        if (name.isEmpty() || !name.chars().allMatch(c -> isAsciiLetterOrDigit(c) || c == '-' || c == '_')) {
            throw new UploadValidationException("metadata." + Untrusted.escape(name),
                    "name must be letters, digits, '-' and '_'");
        }
        if (!isPrintableAscii(value)) {
            throw new UploadValidationException("metadata." + name, "value must be printable US-ASCII"
                    + " (S3 returns other characters RFC 2047-encoded)");
        }
    }

    /** Rejects metadata over S3's 2 KB limit. */
    public static void metadata(Map<String, String> metadata) {
        int bytes = 0;
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            bytes += e.getKey().getBytes(StandardCharsets.UTF_8).length + e.getValue().length();
        }
        if (bytes > MAX_METADATA_BYTES) {
            throw new UploadValidationException("metadata", "is " + bytes + " bytes, over S3's limit of "
                    + MAX_METADATA_BYTES);
        }
    }

    static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isPrintableAscii(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

}
