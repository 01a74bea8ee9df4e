package io.github.vodclient.video;

import java.util.Optional;

/**
 * The application's video storage, as the library needs it: find a video, and store a change the library
 * computed. The library decides; the application stores.
 *
 * <p>Contract:
 * <ul>
 *   <li><b>Look-ups</b> return the stored {@link VideoState}, or empty when there is no such video. A video is
 *   found by the key its source file was uploaded under (Ingest and Complete events carry it), and by the guid of
 *   its job (Error events carry only the guid, so store the guid the library hands you).</li>
 *   <li><b>{@link #apply(VideoUpdate)} is a compare-and-set.</b> Store the update only if the video's stored
 *   status, job guid and job start still equal {@link VideoUpdate#expected()}, atomically (one conditional
 *   {@code UPDATE ... WHERE id = ? AND status = ? AND job_guid IS NOT DISTINCT FROM ? AND job_started_at IS NOT
 *   DISTINCT FROM ?}); return whether it was stored. When it returns false the library reads the video again and
 *   decides afresh, so concurrent deliveries never overwrite a newer state.</li>
 *   <li><b>Failures propagate.</b> Throw when storage fails: the library never swallows the exception, so the
 *   platform (Lambda, SQS, the HTTP caller) retries the delivery.</li>
 *   <li><b>Keep calls fast</b> — one indexed read or one conditional write; the library calls them on the
 *   delivery's thread. Implementations must be thread-safe if the handler is shared by threads.</li>
 * </ul>
 *
 * <pre>{@code
 * class JdbcVideos implements VideoRepository {
 *     public Optional<VideoState> findBySourceKey(String sourceKey) {
 *         return query("SELECT id, status, job_guid, job_started_at FROM videos WHERE source_key = ?", sourceKey);
 *     }
 *     public Optional<VideoState> findByJobGuid(String guid) {
 *         return query("SELECT id, status, job_guid, job_started_at FROM videos WHERE job_guid = ?", guid);
 *     }
 *     public boolean apply(VideoUpdate u) {
 *         return update("UPDATE videos SET status = ?, job_guid = ?, job_started_at = ?, hls_url = ? "
 *                 + "WHERE id = ? AND status = ? AND job_guid IS NOT DISTINCT FROM ? "
 *                 + "AND job_started_at IS NOT DISTINCT FROM ?", ...) == 1;
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface VideoRepository {

    /**
     * Finds the video whose source file was uploaded under this key (the pipeline's {@code srcVideo}).
     *
     * @param sourceKey the object key in the source bucket, decoded (e.g. {@code video/42/clip.mp4})
     * @return the video's state, or empty when no video has that key
     */
    Optional<VideoState> findBySourceKey(String sourceKey);

    /**
     * Finds the video whose current job has this guid.
     *
     * @param jobGuid the pipeline job's guid
     * @return the video's state, or empty when no video follows that job
     */
    Optional<VideoState> findByJobGuid(String jobGuid);

    /**
     * Stores the update if the video's stored state still equals {@link VideoUpdate#expected()}.
     *
     * @param update the change to store
     * @return true when stored; false when the stored state had changed, so nothing was stored
     */
    boolean apply(VideoUpdate update);
}
