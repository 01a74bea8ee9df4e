package io.github.vodclient.event;

/**
 * A pipeline event about one job, identified by its {@link #guid()}.
 *
 * @since 0.1.0
 */
public sealed interface WorkflowEvent extends VodEvent permits IngestEvent, CompleteEvent, ErrorEvent {

    /**
     * The job's id. Each upload starts a job with a new guid, so a re-uploaded file gets another guid.
     *
     * @return the job guid
     */
    String guid();

    /**
     * The status this event reports.
     *
     * @return {@link EncodingStatus#INGEST}, {@link EncodingStatus#COMPLETE} or {@link EncodingStatus#ERROR}
     */
    EncodingStatus status();

    /**
     * The status value exactly as written ({@code "Ingest"}, {@code "Complete"}, {@code "error"}...).
     *
     * @return the raw status
     */
    String rawStatus();
}
