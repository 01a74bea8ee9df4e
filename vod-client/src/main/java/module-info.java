/**
 * vod-client: a Java client for the "Video on Demand on AWS" encoding pipeline.
 *
 * <p>Public API: {@code io.github.vodclient} (exceptions) and {@code io.github.vodclient.event} (typed pipeline
 * events and their parser). Everything under {@code io.github.vodclient.internal} is implementation and may
 * change in any release.
 */
module io.github.vodclient {
    requires com.fasterxml.jackson.core;
    requires org.slf4j;

    exports io.github.vodclient;
    exports io.github.vodclient.event;
    exports io.github.vodclient.video;
}
