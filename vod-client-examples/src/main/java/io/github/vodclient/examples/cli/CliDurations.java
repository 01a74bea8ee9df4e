package io.github.vodclient.examples.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 90s}, {@code 15m}, {@code 2h}, {@code 7d} or ISO-8601 ({@code PT15M}). */
final class CliDurations implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhd])");

    @Override
    public Duration convert(String value) {
        Matcher m = SHORT.matcher(value);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a duration (use 90s, 15m, 2h, 7d or PT15M)");
        }
    }

    /** A presigned URL's lifetime: S3 accepts 1 s to 7 days; a value outside is refused as the user wrote it. */
    static final class UrlExpiry implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration duration = new CliDurations().convert(value);
            if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.compareTo(Duration.ofDays(7)) > 0) {
                throw new TypeConversionException("'" + value + "' is not between 1s and 7d (S3's limits for a"
                        + " presigned URL)");
            }
            return duration;
        }
    }

    /** A wait: longer than zero. */
    static final class Positive implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration duration = new CliDurations().convert(value);
            if (duration.isZero() || duration.isNegative()) {
                throw new TypeConversionException("'" + value + "' is not longer than 0s");
            }
            return duration;
        }
    }
}
