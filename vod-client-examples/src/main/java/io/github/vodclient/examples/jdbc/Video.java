package io.github.vodclient.examples.jdbc;

import io.github.vodclient.event.EncodingStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of the example's {@code videos} table.
 *
 * @param id the application's id
 * @param title the title the user gave
 * @param sourceKey where the source file is uploaded in the pipeline's source bucket
 * @param status the encoding status
 * @param jobGuid the pipeline job the video follows
 * @param jobStartedAt when that job started
 * @param hlsUrl the HLS playlist, once encoded
 * @param thumbnailUrl a thumbnail, once encoded
 * @param duration the source's duration
 * @param width the source's width
 * @param height the source's height
 * @param errorMessage why encoding failed
 * @param updatedAt when the row last changed
 */
public record Video(String id, String title, String sourceKey, EncodingStatus status, Optional<String> jobGuid,
        Optional<Instant> jobStartedAt, Optional<URI> hlsUrl, Optional<URI> thumbnailUrl, Optional<Duration> duration,
        OptionalInt width, OptionalInt height, Optional<String> errorMessage, Instant updatedAt) {
}
