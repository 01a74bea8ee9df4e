package io.github.vodclient.internal;

import io.github.vodclient.VodParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Input size limits and strict UTF-8 decoding. */
public final class Limits {

    private Limits() {
    }

    /** Rejects a string whose UTF-8 form is longer than {@code max} bytes, without encoding it when avoidable. */
    public static void check(String text, String what, int max) {
        if (text == null) {
            throw new VodParseException(what + " is null");
        }
        if (text.length() > max || (text.length() > max / 3 && utf8Length(text) > max)) {
            throw new VodParseException(what + " is larger than the limit of " + max + " bytes");
        }
    }

    /** Decodes strict UTF-8 (a leading byte-order mark is dropped); invalid bytes are an error naming the offset. */
    public static String decode(byte[] bytes, String what, int max) {
        if (bytes == null) {
            throw new VodParseException(what + " is null");
        }
        if (bytes.length > max) {
            throw new VodParseException(what + " is larger than the limit of " + max + " bytes");
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // The JDK's String decoding is several times faster than a CharsetDecoder and replaces each malformed
        // sequence with U+FFFD. Without a U+FFFD in the result there was none, and strict decoding would give the
        // same string; with one (malformed, or a U+FFFD really sent), decode again strictly to tell which.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : strict(bytes, offset, what);
    }

    private static String strict(byte[] bytes, int offset, String what) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (MalformedInputException e) {
            throw new VodParseException(what + " is not valid UTF-8 (at byte " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new VodParseException(what + " is not valid UTF-8");
        }
    }

    /** Reads a stream to its end, refusing more than {@code max} bytes. Does not close the stream. */
    public static byte[] readAll(InputStream in, String what, int max) {
        if (in == null) {
            throw new VodParseException(what + " is null");
        }
        try {
            byte[] bytes = in.readNBytes(max);
            if (bytes.length == max && in.read() != -1) {
                throw new VodParseException(what + " is larger than the limit of " + max + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new VodParseException(what + " could not be read: " + e.getMessage(), e);
        }
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
