package io.github.vodclient.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireTimesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2025-09-01T12:00:01.512Z, 2025-09-01T12:00:01.512Z",
        "2025-09-01T12:00:01Z, 2025-09-01T12:00:01Z",
        "2025-09-01T14:00:01.512+02:00, 2025-09-01T12:00:01.512Z",
        "2025-09-01T12:00:01.512, 2025-09-01T12:00:01.512Z",
        "2019-03-21 19:08.5, 2019-03-21T19:08:00.500Z",
        "2019-03-21 19:08, 2019-03-21T19:08:00Z",
        "2019-03-21 19:08:07.123, 2019-03-21T19:08:07.123Z",
    })
    void parse_formatsThePipelineWrote_giveTheInstant(String wire, String expected) {
        assertEquals(Instant.parse(expected), WireTimes.parse(wire));
    }

    @ParameterizedTest
    @ValueSource(strings = {"now", "", "2019-02-30 10:00.1", "2025-09-01T25:00:00Z", "1756728000"})
    void parse_otherText_throwsDateTimeParseException(String wire) {
        assertThrows(DateTimeParseException.class, () -> WireTimes.parse(wire));
    }
}
