package io.github.vodclient.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.vodclient.VodParseException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Limits#decode}: its fast path must accept and return exactly what a strict UTF-8 decoder does. */
class LimitsTest {

    private static final int MAX = 1 << 20;

    /** The reference: the JDK's decoder reporting every malformed sequence, BOM dropped as decode documents. */
    private static String strict(byte[] bytes) throws CharacterCodingException {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static void assertSameAsStrict(byte[] bytes) {
        String expected;
        try {
            expected = strict(bytes);
        } catch (CharacterCodingException e) {
            assertThrows(VodParseException.class, () -> Limits.decode(bytes, "input", MAX), () -> hex(bytes));
            return;
        }
        try {
            assertEquals(expected, Limits.decode(bytes, "input", MAX), () -> hex(bytes));
        } catch (VodParseException e) {
            fail("refused valid UTF-8 " + hex(bytes) + ": " + e.getMessage());
        }
    }

    @Test
    void malformedAndEdgeSequencesDecodeExactlyAsTheStrictDecoder() {
        List<int[]> cases = List.of(
                new int[] {'{', '}'},
                new int[] {0xEF, 0xBB, 0xBF, '{', '}'},          // BOM
                new int[] {0xEF, 0xBF, 0xBD},                    // a real U+FFFD: valid
                new int[] {'"', 0xEF, 0xBF, 0xBD, 0x80, '"'},    // a real U+FFFD, then a stray continuation byte
                new int[] {0x80},                                // continuation byte alone
                new int[] {0xC0, 0x80},                          // overlong NUL
                new int[] {0xC1, 0xBF},                          // overlong
                new int[] {0xE0, 0x80, 0xAF},                    // overlong '/'
                new int[] {0xED, 0xA0, 0x80},                    // UTF-16 surrogate encoded
                new int[] {0xF4, 0x90, 0x80, 0x80},              // above U+10FFFF
                new int[] {0xF8, 0x88, 0x80, 0x80, 0x80},        // five-byte form
                new int[] {0xE2, 0x82},                          // truncated at the end
                new int[] {'a', 0xE2, 0x82, 'b'},                // truncated in the middle
                new int[] {0xF0, 0x9F, 0x8E, 0xAC},              // U+1F3AC, valid
                new int[] {0xC3, 0xA9, 't', 0xC3, 0xA9});        // "été", valid
        for (int[] c : cases) {
            byte[] bytes = new byte[c.length];
            for (int i = 0; i < c.length; i++) {
                bytes[i] = (byte) c[i];
            }
            assertSameAsStrict(bytes);
        }
    }

    @Test
    void randomBytesDecodeExactlyAsTheStrictDecoder() {
        Random random = new Random(20261123);
        byte[] alphabet = {'a', '"', '\\', 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC2, (byte) 0xC0, (byte) 0xE0,
            (byte) 0xED, (byte) 0xEF, (byte) 0xBB, (byte) 0xBD, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF,
            (byte) 0x9F, (byte) 0xA0};
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt();
            }
            assertSameAsStrict(bytes);
        }
    }

    @Test
    void theErrorNamesTheOffsetOfTheFirstBadByte() {
        byte[] bytes = "{\"Message\":\"ok \u00e9 \"}".getBytes(StandardCharsets.UTF_8);
        bytes[15] = (byte) 0xFF;
        VodParseException e = assertThrows(VodParseException.class, () -> Limits.decode(bytes, "body", MAX));
        assertEquals("body is not valid UTF-8 (at byte 15)", e.getMessage());
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02X ", b & 0xFF));
        }
        return s.toString().trim();
    }
}
