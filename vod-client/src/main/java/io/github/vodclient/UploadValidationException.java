package io.github.vodclient;

/**
 * Upload input that S3 or the pipeline would refuse or silently ignore: a source key the pipeline does not
 * process, an expiry outside 1 second to 7 days, a part size outside S3's limits, a metadata key the workflow
 * would break on, and similar.
 *
 * <p>The message names the field and what was wrong (for example {@code "fileName: extension '.avi' is not one
 * the pipeline processes"}); it never contains presigned URLs, signatures or credentials.
 *
 * @since 0.1.0
 */
public class UploadValidationException extends VodException {
    private static final long serialVersionUID = 1L;

    /** The request field that was wrong. */
    private final String field;

    /**
     * Creates a validation exception for a field.
     *
     * @param field the name of the request field that was wrong
     * @param problem what was wrong with it
     */
    public UploadValidationException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /**
     * The name of the request field that was wrong, such as {@code "fileName"} or {@code "custom.status"}.
     *
     * @return the field name
     */
    public String field() {
        return field;
    }
}
