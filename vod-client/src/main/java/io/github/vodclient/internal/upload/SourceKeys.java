package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import java.nio.charset.StandardCharsets;

/** Checks a source key against S3's rules and the pipeline's trigger. */
final class SourceKeys {
    /** S3's key limit in UTF-8 bytes. */
    static final int MAX_KEY_BYTES = 1024;

    private SourceKeys() {
    }

    /**
     * Rejects a key S3 would refuse or the pipeline would ignore.
     *
     * @param field the request field to name in errors ({@code key}, or {@code fileName} for a generated key)
     * @param key the key
     * @param trigger how the stack starts workflows
     * @param metadataSuffix bytes to reserve for a {@code .json} metadata file next to the key
     */
    static void check(String field, String key, WorkflowTrigger trigger, boolean metadataSuffix) {
        if (key.isEmpty()) {
            throw new UploadValidationException(field, "the key is empty");
        }
        int surrogate = Untrusted.firstLoneSurrogate(key);
        if (surrogate >= 0) {
            // UTF-8 has no form for it: the URL would be signed for '?' while key() still holds the surrogate.
            throw new UploadValidationException(field, "the key " + Untrusted.quote(key) + " is not well-formed"
                    + " Unicode: an unpaired surrogate at character " + surrogate);
        }
        int limit = MAX_KEY_BYTES - (metadataSuffix ? ".json".length() : 0);
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
        String extension = VideoFormats.extensionOf(key);
        if (extension.equals("json")) {
            throw new UploadValidationException(field, "the key " + Untrusted.quote(key) + " ends in"
                    + " .json, which the pipeline reads as a metadata file, not a video");
        }
        if (trigger == WorkflowTrigger.VIDEO_FILE && !VideoFormats.isTriggering(extension)) {
            String shown = extension.isEmpty() ? "no extension" : "extension '." + extension + "'";
            throw new UploadValidationException(field, "the key " + Untrusted.quote(key) + " has "
                    + shown + ", which the pipeline ignores: it starts a workflow only for "
                    + VideoFormats.ACCEPTED_LIST + ", all lower case or all upper case"
                    + " (use WorkflowTrigger.METADATA_FILE for other files)");
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
}
