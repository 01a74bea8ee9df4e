package io.github.vodclient.internal.upload;

import io.github.vodclient.VodException;
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
 * created on first use and closed with it. Thread-safe.
 */
final class AwsClients implements AutoCloseable {
    private final UploadSettings config;
    private final S3Presigner callerPresigner;
    private final S3Client callerClient;
    private final AwsCredentialsProvider callerCredentials;
    private final Object lock = new Object();
    // Volatile so that the hot path (every presign) reads a created client without taking the lock.
    private volatile S3Presigner ownPresigner;
    private volatile S3Client ownClient;
    private DefaultCredentialsProvider ownCredentials;
    private volatile boolean closed;

    AwsClients(UploadSettings config) {
        this.config = config;
        this.callerPresigner = config.presigner();
        this.callerClient = config.s3Client();
        this.callerCredentials = config.credentialsProvider();
    }

    /**
     * The credentials to pin on presign requests, or {@code null} when the caller's presigner signs with its own
     * credentials (no provider was given).
     */
    AwsCredentialsProvider signingCredentials() {
        if (callerCredentials != null) {
            return callerCredentials;
        }
        return callerPresigner != null ? null : defaultCredentials();
    }

    S3Presigner presigner() {
        if (callerPresigner != null) {
            return callerPresigner;
        }
        S3Presigner created = ownPresigner;
        if (created != null && !closed) {
            return created;
        }
        synchronized (lock) {
            checkOpen();
            if (ownPresigner == null) {
                // The profile file is read once, here: an S3Configuration built without one makes the SDK read the
                // AWS config files again on every presign, for the ARN-region and multi-region settings (13% of a
                // presign in JFR). Checksum validation off, as in the presigner's own default configuration.
                ProfileFile profile = ProfileFile.defaultProfileFile();
                S3Presigner.Builder b = S3Presigner.builder()
                        .credentialsProvider(credentialsLocked())
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
                ownPresigner = b.build();
            }
            return ownPresigner;
        }
    }

    S3Client client() {
        if (callerClient != null) {
            return callerClient;
        }
        S3Client created = ownClient;
        if (created != null && !closed) {
            return created;
        }
        synchronized (lock) {
            checkOpen();
            if (ownClient == null) {
                // The JDK-based client explicitly: with several HTTP clients on the classpath the SDK refuses to
                // pick one, and the library does not bring Apache or Netty.
                var b = S3Client.builder()
                        .httpClientBuilder(UrlConnectionHttpClient.builder())
                        .overrideConfiguration(config.deadlines().overrides())
                        .credentialsProvider(credentialsLocked())
                        .forcePathStyle(config.pathStyle());
                Region region = region();
                if (region != null) {
                    b.region(region);
                }
                if (config.endpoint() != null) {
                    b.endpointOverride(config.endpoint());
                }
                ownClient = b.build();
            }
            return ownClient;
        }
    }

    private AwsCredentialsProvider defaultCredentials() {
        synchronized (lock) {
            checkOpen();
            return credentialsLocked();
        }
    }

    private AwsCredentialsProvider credentialsLocked() {
        if (callerCredentials != null) {
            return callerCredentials;
        }
        if (ownCredentials == null) {
            ownCredentials = DefaultCredentialsProvider.builder().build();
        }
        return ownCredentials;
    }

    /** The configured region; with an endpoint override and no region, us-east-1 (the endpoint decides). */
    private Region region() {
        if (config.region() != null) {
            return config.region();
        }
        return config.endpoint() != null ? Region.US_EAST_1 : null;
    }

    private void checkOpen() {
        if (closed) {
            throw new VodException("this VodUploads is closed");
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (ownPresigner != null) {
                ownPresigner.close();
            }
            if (ownClient != null) {
                ownClient.close();
            }
            if (ownCredentials != null) {
                ownCredentials.close();
            }
        }
    }
}
