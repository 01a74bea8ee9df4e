package io.github.vodclient.internal.client;

import io.github.vodclient.internal.job.JobsConfig;
import io.github.vodclient.internal.sns.DefaultSnsVerifier;
import io.github.vodclient.internal.upload.UploadSettings;
import io.github.vodclient.playback.VodPlayback;
import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import io.github.vodclient.video.HandleResult;
import io.github.vodclient.video.VideoRepository;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * A {@link io.github.vodclient.VodClient}'s settings, as built: each part's own immutable configuration (absent when
 * the part is not configured) and the client-wide settings the subscription confirmations use.
 */
record ClientConfig(
        Optional<UploadSettings> uploads,
        Optional<JobsConfig> jobs,
        DefaultSnsVerifier verification,
        int maxInputBytes,
        int maxMessageBytes,
        Optional<SnsClient> snsClient,
        Optional<URI> snsEndpoint,
        Optional<AwsCredentialsProvider> credentials,
        Optional<Duration> apiCallTimeout,
        Optional<Duration> apiCallAttemptTimeout,
        Optional<VideoRepository> repository,
        Consumer<HandleResult> listener,
        boolean strictMediaInfo,
        boolean failOnUnknownVideo,
        Duration maxHttpDeliveryAge,
        Optional<VodPlayback> playback) {
}
