package io.github.vodclient.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-09-01T12:00:47.123Z", "2025-09-01T12:00:47Z", "2025-09-01T12:00:47.1Z",
        "2025-09-01T12:00:47.123456789Z", "2024-02-29T23:59:59.999Z", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.5Z"})
    void parse_snsAndPipelineForm_equalsInstantParse(String text) {
        assertEquals(Instant.parse(text), IsoInstants.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-09-01t12:00:47.123z", "2025-09-01T12:00:47+01:00", "+12025-09-01T12:00:47Z",
        "2025-12-31T23:59:60Z", "2025-09-01T24:00:00Z", "2025-09-01T12:00Z", "2025-09-01T12:00:47.1234567890Z",
        "2025-09-01T12:00:47.Z"})
    void parse_otherFormsInstantParseTakes_sameResultOrSameError(String text) {
        assertSame(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-29T12:00:00Z", "2025-13-01T12:00:00Z", "2025-04-31T12:00:00Z",
        "2025-09-01T12:60:00Z", "2025-09-01T25:00:00Z", "2025-09-01 12:00:47Z",
        "2025-9-01T12:00:47Z", "2025-09-01T12:00:4xZ", "2025-09-01T12:00:47", "", "Z", "2025-09-01T12:00:47.12a4Z",
        "2025-09-01T12:00:47ZZ", "2025-09-01T12:00:47.-12Z", "२०२५-09-01T12:00:47Z"})
    void parse_invalid_throwsDateTimeParseExceptionLikeInstantParse(String text) {
        DateTimeParseException expected = assertThrows(DateTimeParseException.class, () -> Instant.parse(text));
        DateTimeParseException actual = assertThrows(DateTimeParseException.class, () -> IsoInstants.parse(text));
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    @Test
    void parse_mutationsOfValidInstants_agreeWithInstantParse() {
        Random random = new Random(20261123);
        String alphabet = "0123456789-:TZ.+tz 9";
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong() % 253_402_300_799L;
            String base = Instant.ofEpochSecond(Math.abs(seconds), random.nextInt(4) == 0 ? 0
                    : random.nextInt(1_000_000_000)).toString();
            StringBuilder s = new StringBuilder(base);
            int edits = random.nextInt(3);
            for (int e = 0; e < edits && s.length() > 0; e++) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0 -> s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> s.deleteCharAt(at);
                    default -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            inputs.add(s.toString());
        }
        for (String input : inputs) {
            assertSame(input);
        }
    }

    private static void assertSame(String text) {
        Instant expected;
        try {
            expected = Instant.parse(text);
        } catch (DateTimeException e) {
            DateTimeException actual = assertThrows(DateTimeException.class, () -> IsoInstants.parse(text), text);
            assertEquals(e.getClass(), actual.getClass(), text);
            assertEquals(e.getMessage(), actual.getMessage(), text);
            return;
        }
        assertEquals(expected, IsoInstants.parse(text), text);
    }
}
