package io.github.vodclient.upload;

import io.github.vodclient.internal.upload.DefaultSourceKeyStrategy;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import java.util.Optional;

/**
 * Chooses the source-bucket key for a video from the application's video id and the user's file name.
 *
 * <p>Whatever a strategy returns is still checked by {@link VodUploads}: keys S3 refuses, and (with
 * {@link WorkflowTrigger#VIDEO_FILE}) keys whose extension the pipeline ignores, are rejected. Implementations
 * must be thread-safe and fast (no I/O), and throw {@link io.github.vodclient.UploadValidationException} naming
 * {@code videoId} or {@code fileName} for input they cannot map.
 *
 * <pre>{@code
 * VodUploads uploads = VodUploads.builder()
 *         .bucket("vod-source")
 *         .keyStrategy((videoId, fileName, contentType) -> "tenants/acme/" + videoId + ".mp4")
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SourceKeyStrategy {

    /**
     * The key for a video.
     *
     * @param videoId the application's id for the video
     * @param fileName the file name as the user chose it (any characters)
     * @param contentType the content type the client declared, if any
     * @return the object key
     */
    String sourceKey(String videoId, String fileName, Optional<String> contentType);

    /**
     * The default strategy: {@code video/<videoId>/<safe-base-name>.<ext>}.
     *
     * <p>The base name keeps ASCII letters, digits, {@code -} and {@code _} (accents are stripped, every other
     * run of characters becomes one {@code -}; an empty result becomes {@code video}; at most 100 characters), so
     * the pipeline's output URLs, which it does not percent-encode, stay valid. The extension comes from the file
     * name when it is a video format the pipeline knows, otherwise from the content type, otherwise the file's
     * own extension; it is lower-cased ({@code Holiday Clip.MOV} becomes {@code Holiday-Clip.mov}). The video id
     * must be 1 to 128 characters of letters, digits, {@code -}, {@code _} and {@code .}, not starting with
     * {@code .}.
     *
     * @return the default strategy
     */
    static SourceKeyStrategy standard() {
        return new DefaultSourceKeyStrategy("video/");
    }

    /**
     * The default strategy under another prefix: {@code <prefix><videoId>/<safe-base-name>.<ext>}.
     *
     * @param prefix the key prefix, empty or ending in {@code /}, such as {@code "uploads/"}
     * @return the strategy
     */
    static SourceKeyStrategy standard(String prefix) {
        return new DefaultSourceKeyStrategy(prefix);
    }
}
