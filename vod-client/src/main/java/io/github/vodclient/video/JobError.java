package io.github.vodclient.video;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a job failed, as the pipeline's Error message says.
 *
 * @param errorAt where it failed: a Lambda's name, or {@code Encoding} for MediaConvert
 * @param message what failed
 * @param details a console URL with details
 * @since 0.1.0
 */
public record JobError(Optional<String> errorAt, Optional<String> message, Optional<String> details) {

    /**
     * Validates that no component is null.
     *
     * @param errorAt where it failed
     * @param message what failed
     * @param details a console URL
     */
    public JobError {
        Objects.requireNonNull(errorAt, "errorAt");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(details, "details");
    }
}
