package io.github.vodclient.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UntrustedTest {

    @Test
    void quote_controlCharactersQuotesAndLoneSurrogates_escaped() {
        assertEquals("'a\\r\\nb\\tc\\u0000\\u001b[31m\\'d\\\\\\u2028\\ud800'",
                Untrusted.quote("a\r\nb\tc\u0000\u001b[31m'd\\\u2028\ud800"));
    }

    @Test
    void quote_pairedSurrogatesAndNonAscii_keptAsTheyAre() {
        assertEquals("'caf\u00e9 \ud83c\udfac'", Untrusted.quote("caf\u00e9 \ud83c\udfac"));
    }

    @Test
    void quote_longValue_truncatedWithItsLength() {
        String quoted = Untrusted.quote("x".repeat(3 * 1024 * 1024));

        assertEquals("'" + "x".repeat(Untrusted.MAX_SHOWN) + "...' (3145728 chars)", quoted);
    }

    @Test
    void quote_null_unquotedNull() {
        assertEquals("null", Untrusted.quote(null));
    }

    @Test
    void firstLoneSurrogate_wellFormedOrNot_indexOfTheFirstUnpaired() {
        assertEquals(-1, Untrusted.firstLoneSurrogate("a\ud83c\udfacb"));
        assertEquals(1, Untrusted.firstLoneSurrogate("a\ud800b"));
        assertEquals(0, Untrusted.firstLoneSurrogate("\udc00"));
        assertEquals(2, Untrusted.firstLoneSurrogate("ab\ud83c"));
    }
}
