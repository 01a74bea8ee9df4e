/**
 * vod-client: a Java client for the "Video on Demand on AWS" encoding pipeline.
 *
 * <p>Public API: {@code io.github.vodclient} (exceptions), {@code io.github.vodclient.event} (typed pipeline
 * events and their parser) and {@code io.github.vodclient.upload} (presigned and multipart uploads into the
 * source bucket, metadata-file workflow start). Everything under {@code io.github.vodclient.internal} is
 * implementation and may change in any release.
 */
// The AWS SDK v2 jars are automatic modules (Automatic-Module-Name), which is expected and stable.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.vodclient {
    requires com.fasterxml.jackson.core;
    requires org.slf4j;
    requires transitive software.amazon.awssdk.services.s3;
    requires transitive software.amazon.awssdk.auth;
    requires transitive software.amazon.awssdk.regions;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.http;
    requires software.amazon.awssdk.http.urlconnection;

    exports io.github.vodclient;
    exports io.github.vodclient.event;
    exports io.github.vodclient.upload;
}
