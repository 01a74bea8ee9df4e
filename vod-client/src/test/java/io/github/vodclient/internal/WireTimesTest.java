package io.github.vodclient.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class WireTimesTest {

    @Test
    void parse_isoWithMillis_isTheInstant() {
        assertEquals(Instant.parse("2025-09-01T12:00:01.512Z"), WireTimes.parse("2025-09-01T12:00:01.512Z"));
    }

    @Test
    void parse_v4MinutesThenFraction_hasNoSecondsField() {
        // moment.js "YYYY-MM-DD HH:mm.S": minutes, then tenths of a second.
        assertEquals(Instant.parse("2020-03-10T14:07:00.900Z"), WireTimes.parse("2020-03-10 14:07.9"));
    }

    @Test
    void parse_v4WithSeconds_keepsThem() {
        assertEquals(Instant.parse("2020-03-10T14:07:33.123Z"), WireTimes.parse("2020-03-10 14:07:33.123"));
        assertEquals(Instant.parse("2020-03-10T14:07:00Z"), WireTimes.parse("2020-03-10 14:07"));
    }

    @Test
    void parse_notATime_throws() {
        assertThrows(DateTimeParseException.class, () -> WireTimes.parse("2020-03-10 25:07.9"));
    }
}
