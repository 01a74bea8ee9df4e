package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.VodException;
import io.github.vodclient.internal.Untrusted;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.presigner.PresignedRequest;

/**
 * Resolves the credentials for one presign call and works out how long the URL will really live: S3 stops
 * accepting a URL signed with session credentials when the session expires, whatever expiry was signed. Reads what
 * an uploader needs from the SDK's presigned request.
 */
final class SigningCredentials {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.vodclient.upload");

    /** The credentials pinned for the call (absent: the caller's presigner signs with its own). */
    private final Optional<AwsCredentials> credentials;
    private final Optional<Instant> expiration;

    private SigningCredentials(Optional<AwsCredentials> credentials) {
        this.credentials = credentials;
        this.expiration = credentials.flatMap(AwsCredentials::expirationTime);
    }

    /**
     * Resolves credentials once and checks them against the requested expiry.
     *
     * @param provider the provider, or {@code null} when the caller's presigner signs with its own credentials
     * @param expiry the requested expiry
     * @param strict fail instead of warning when the credentials expire first
     * @param what bucket and key, for messages
     */
    static SigningCredentials resolve(AwsCredentialsProvider provider, Duration expiry, boolean strict,
            Clock clock, String what) {
        SigningCredentials signing = new SigningCredentials(
                provider == null ? Optional.empty() : Optional.of(provider.resolveCredentials()));
        if (signing.expiration.isPresent()) {
            Instant now = clock.instant();
            Instant credentialsEnd = signing.expiration.get();
            Instant requestedEnd = now.plus(expiry);
            if (!credentialsEnd.isAfter(now)) {
                throw new VodException("the signing credentials expired at " + credentialsEnd
                        + "; a URL signed with them would not work");
            }
            if (credentialsEnd.isBefore(requestedEnd)) {
                Duration life = Duration.between(now, credentialsEnd).withNanos(0);
                if (strict) {
                    throw new UploadValidationException("expiry", "the signing session credentials expire at "
                            + credentialsEnd + ", " + life + " from now, before the requested expiry of " + expiry
                            + " (strict expiry is on)");
                }
                LOG.warn("Presigned URL for {} will stop working at {} ({} from now) when the signing session"
                        + " credentials expire, before the requested expiry of {}", Untrusted.quote(what), credentialsEnd,
                        life, expiry);
            }
        }
        return signing;
    }

    /** Pins the resolved credentials on a request, so the credentials checked are the ones that sign. */
    void pin(AwsRequestOverrideConfiguration.Builder override) {
        credentials.ifPresent(c -> override.credentialsProvider(StaticCredentialsProvider.create(c)));
    }

    /**
     * The earlier of the signed expiry and the credentials' expiry. SigV4 signs the date in whole seconds, so the
     * URL really expires at the signed expiry truncated to the second.
     */
    Instant effectiveExpiry(Instant signedExpiry) {
        Instant signed = signedExpiry.truncatedTo(ChronoUnit.SECONDS);
        return expiration.filter(e -> e.isBefore(signed)).orElse(signed);
    }

    /** Signed headers the uploader must send, names in lower case, without {@code host}. */
    static Map<String, String> signedHeaders(PresignedRequest presigned) {
        Map<String, String> headers = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : presigned.signedHeaders().entrySet()) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            if (!name.equals("host")) {
                headers.put(name, String.join(",", e.getValue()));
            }
        }
        return headers;
    }

    /** The presigned URL as a {@link URI}. */
    static URI url(PresignedRequest presigned) {
        try {
            return presigned.url().toURI();
        } catch (URISyntaxException e) {
            // Never include the URL: it is a credential.
            throw new IllegalStateException("the SDK returned a presigned URL that is not a valid URI");
        }
    }
}
