package io.github.vodclient.examples.cli;

import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.playback.VodPlayback.SigningOptions;
import io.github.vodclient.playback.VodPlayback;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The options every {@code vod sign-*} command shares: the key pair, the expiry and the IP condition. */
final class SigningKeyOptions {
    /** The CLI is run by the key's owner: any expiry up to a year is accepted (the library's default is a day). */
    private static final Duration CLI_MAX_EXPIRY = Duration.ofDays(366);
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    @Option(names = "--key-pair-id", required = true, paramLabel = "ID",
            description = "Id of the CloudFront public key (in the distribution's key group).")
    String keyPairId;

    @Option(names = "--private-key", required = true, paramLabel = "FILE",
            description = "The matching RSA private key, PEM (PKCS#8 or PKCS#1).")
    Path privateKey;

    @Option(names = "--expires", paramLabel = "DURATION|INSTANT", converter = ExpiryConverter.class,
            description = "ISO-8601 duration (PT2H) or instant (2026-12-01T00:00:00Z); default PT1H.")
    Object expires;

    @Option(names = "--ip", paramLabel = "CIDR", description = "Only viewers in this range (custom policy).")
    String ip;

    /** A signer for URLs on {@code url}'s host; http is accepted for a local stack on the loopback address only. */
    VodPlayback playback(URI url, String cookieDomain) {
        VodPlayback.Builder builder = VodPlayback.builder().keyPairId(keyPairId).privateKey(privateKey)
                .maxExpiry(CLI_MAX_EXPIRY).allowHttp(url.getHost() != null && LOOPBACK.contains(url.getHost()));
        if (cookieDomain != null) {
            builder.cookieDomain(cookieDomain);
        }
        return builder.build();
    }

    SigningOptions.Builder options() {
        SigningOptions.Builder options = SigningOptions.builder();
        if (expires instanceof Instant at) {
            options.expiresAt(at);
        } else if (expires instanceof Duration in) {
            options.expiresIn(in);
        }
        if (ip != null) {
            options.ipRange(ip);
        }
        return options;
    }

    /**
     * A URL argument: used as it is when it is a valid URI, otherwise (raw spaces, as the pipeline writes its URLs)
     * percent-encoded as {@link MediaUrl#uri()} does.
     */
    static URI url(String argument) {
        try {
            return URI.create(new URI(argument).toASCIIString());
        } catch (URISyntaxException e) {
            return MediaUrl.of(argument).uri();
        }
    }

    /** Reads {@code PT2H} (or the short {@code 2h}) as a duration, {@code 2026-12-01T00:00:00Z} as an instant. */
    static final class ExpiryConverter implements ITypeConverter<Object> {
        @Override
        public Object convert(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException notAnInstant) {
                return new CliDurations().convert(value);
            }
        }
    }
}
