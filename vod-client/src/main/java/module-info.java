/**
 * vod-client: a Java client for the "Video on Demand on AWS" encoding pipeline.
 *
 * <p>Public API: {@code io.github.vodclient} (exceptions), {@code io.github.vodclient.event} (typed pipeline
 * events and their parser) and {@code io.github.vodclient.sns} (verified SNS deliveries and the subscription
 * handshake). Everything under {@code io.github.vodclient.internal} is implementation and may change in any
 * release.
 */
module io.github.vodclient {
    requires com.fasterxml.jackson.core;
    requires java.naming;
    requires java.net.http;
    requires software.amazon.awssdk.auth;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.http;
    requires software.amazon.awssdk.http.urlconnection;
    requires software.amazon.awssdk.regions;
    requires software.amazon.awssdk.services.sns;

    exports io.github.vodclient;
    exports io.github.vodclient.event;
    exports io.github.vodclient.sns;
}
