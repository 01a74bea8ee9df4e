/**
 * vod-client: a Java client for the "Video on Demand on AWS" encoding pipeline.
 *
 * <p>Public API: {@code io.github.vodclient} (the exceptions), {@code io.github.vodclient.event} (typed pipeline
 * events and their parser), {@code io.github.vodclient.sns} (SNS signature verification and the subscription
 * handshake), {@code io.github.vodclient.upload} (presigned and multipart uploads into the source bucket,
 * metadata-file workflow start), {@code io.github.vodclient.job} (job records and media info from the pipeline's
 * DynamoDB table), {@code io.github.vodclient.video} (the video-repository callbacks),
 * {@code io.github.vodclient.video.dynamodb} (a ready repository over a DynamoDB table of videos) and
 * {@code io.github.vodclient.playback} (CloudFront signed URLs, cookies and HLS playlists for private playback).
 * Everything under {@code io.github.vodclient.internal} is implementation and may change in any release.
 */
// The AWS SDK v2 jars are automatic modules (no module-info of their own); that is expected, not worth a warning.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.vodclient {
    requires com.fasterxml.jackson.core;
    requires java.naming;
    requires java.net.http;
    requires org.slf4j;
    requires transitive software.amazon.awssdk.services.s3;
    requires transitive software.amazon.awssdk.services.dynamodb;
    requires transitive software.amazon.awssdk.services.sns;
    requires software.amazon.awssdk.services.cloudfront;
    requires transitive software.amazon.awssdk.auth;
    requires transitive software.amazon.awssdk.regions;
    requires transitive software.amazon.awssdk.identity.spi;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.http;
    requires software.amazon.awssdk.http.urlconnection;
    requires software.amazon.awssdk.profiles;
    requires software.amazon.awssdk.utils;

    exports io.github.vodclient;
    exports io.github.vodclient.event;
    exports io.github.vodclient.job;
    exports io.github.vodclient.playback;
    exports io.github.vodclient.sns;
    exports io.github.vodclient.upload;
    exports io.github.vodclient.video;
    exports io.github.vodclient.video.dynamodb;
}
