package io.github.vodclient.internal.upload;

import io.github.vodclient.internal.Lazy;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSupplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The presigner, S3 client and credentials of one {@code VodUploads}: the caller's when given (never closed), or
 * created on first use and closed with it, each held by one {@link Lazy}. Thread-safe.
 */
final class AwsClients implements AutoCloseable {
    private static final String OWNER = "VodUploads";
    private final UploadSettings config;
    private final Lazy<AwsCredentialsProvider> credentials;
    private final Lazy<S3Presigner> presigner;
    private final Lazy<S3Client> client;

    AwsClients(UploadSettings config) {
        this.config = config;
        this.credentials = Lazy.of(OWNER, config.credentialsProvider(),
                () -> DefaultCredentialsProvider.builder().build());
        this.presigner = Lazy.of(OWNER, config.presigner(), this::newPresigner);
        this.client = Lazy.of(OWNER, config.s3Client(), this::newClient);
    }

    /**
     * The credentials to pin on presign requests, or {@code null} when the caller's presigner signs with its own
     * credentials (no provider was given).
     */
    AwsCredentialsProvider signingCredentials() {
        if (credentials.isCallers() || !presigner.isCallers()) {
            return credentials.get();
        }
        presigner.get(); // refuses when closed, as every other use does
        return null;
    }

    S3Presigner presigner() {
        return presigner.get();
    }

    S3Client client() {
        return client.get();
    }

    private S3Presigner newPresigner() {
        // The profile file is read once, here: an S3Configuration built without one makes the SDK read the AWS
        // config files again on every presign, for the ARN-region and multi-region settings (13% of a presign in
        // JFR). Checksum validation off, as in the presigner's own default configuration.
        ProfileFile profile = ProfileFile.defaultProfileFile();
        S3Presigner.Builder b = S3Presigner.builder()
                .credentialsProvider(credentials.get())
                .serviceConfiguration(S3Configuration.builder()
                        .profileFile(ProfileFileSupplier.fixedProfileFile(profile))
                        .checksumValidationEnabled(false)
                        .pathStyleAccessEnabled(config.pathStyle()).build());
        Region region = region();
        if (region != null) {
            b.region(region);
        }
        if (config.endpoint() != null) {
            b.endpointOverride(config.endpoint());
        }
        return b.build();
    }

    private S3Client newClient() {
        // The JDK-based client explicitly: with several HTTP clients on the classpath the SDK refuses to pick one,
        // and the library does not bring Apache or Netty.
        var b = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(config.deadlines().overrides())
                .credentialsProvider(credentials.get())
                .forcePathStyle(config.pathStyle());
        Region region = region();
        if (region != null) {
            b.region(region);
        }
        if (config.endpoint() != null) {
            b.endpointOverride(config.endpoint());
        }
        return b.build();
    }

    /** The configured region; with an endpoint override and no region, us-east-1 (the endpoint decides). */
    private Region region() {
        if (config.region() != null) {
            return config.region();
        }
        return config.endpoint() != null ? Region.US_EAST_1 : null;
    }

    /** Closes what this instance created, the clients before the credentials they use. */
    @Override
    public void close() {
        presigner.close();
        client.close();
        credentials.close();
    }
}
