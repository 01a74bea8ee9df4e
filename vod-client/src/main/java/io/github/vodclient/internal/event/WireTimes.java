package io.github.vodclient.internal.event;

import io.github.vodclient.internal.IsoInstants;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/** Parses the time formats the pipeline has written over its versions. */
public final class WireTimes {

    private WireTimes() {
    }

    /**
     * Parses a pipeline time: ISO-8601 with {@code Z} or an offset (v5+), ISO local date-time (read as UTC), or the
     * v4 format {@code YYYY-MM-DD HH:mm.S} (moment.js: minutes, then a fraction of a second; no seconds field),
     * also with seconds ({@code YYYY-MM-DD HH:mm:ss.SSS}).
     *
     * @param value the string as written
     * @return the instant
     * @throws DateTimeParseException when the value is in none of these formats
     */
    public static Instant parse(String value) {
        String s = value.trim();
        if (s.indexOf('T') > 0) {
            char last = s.charAt(s.length() - 1);
            if (last == 'Z') {
                return IsoInstants.parse(s);
            }
            if (last == 'z') {
                return Instant.parse(s.substring(0, s.length() - 1) + 'Z');
            }
            if (hasOffset(s)) {
                return OffsetDateTime.parse(s).toInstant();
            }
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        }
        return LocalDateTime.parse(s, Legacy.FORMAT).toInstant(ZoneOffset.UTC);
    }

    private static boolean hasOffset(String s) {
        int t = s.indexOf('T');
        return s.indexOf('+', t) > 0 || s.indexOf('-', t) > 0;
    }

    /** Holder so the formatter is built on first use of the legacy format only. */
    private static final class Legacy {
        static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
                .appendPattern("uuuu-MM-dd HH:mm")
                .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
                .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
                // Without a seconds field java.time refuses to resolve minutes plus a fraction ("HH:mm.S").
                .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
                .toFormatter()
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
