package org.assay.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of an input into text, refusing what is not text.
 *
 * <ul>
 *   <li>Valid UTF-8 is decoded as UTF-8, a leading byte-order mark included (it stays at offset 0, so offsets agree
 *       with any UTF-8 decoder that keeps it; the readers drop it from analysis).</li>
 *   <li>Bytes starting with a UTF-16 byte-order mark are decoded as UTF-16, with a note.</li>
 *   <li>Bytes that are not valid UTF-8 but look like text are decoded as Windows-1252 (a superset of Latin-1's
 *       printable characters), with a note naming the first offending byte; offsets then count characters of that
 *       decoding.</li>
 *   <li>Empty or blank input, NUL bytes, or more than {@value #MAX_CONTROL_PERCENT}% control characters throw
 *       {@link UnreadableArticleException}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {

    static final int MAX_CONTROL_PERCENT = 2;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableArticleException("empty file");
        }
        Decoded decoded;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            decoded = new Decoded(new String(bytes, StandardCharsets.UTF_16), StandardCharsets.UTF_16,
                    List.of("UTF-16 text; offsets count its characters"));
        } else {
            int nul = indexOf(bytes, (byte) 0);
            if (nul >= 0) {
                throw new UnreadableArticleException("binary file (NUL byte at offset " + nul + "), not text");
            }
            decoded = utf8OrWindows1252(bytes);
        }
        checkText(decoded.text());
        return decoded;
    }

    private static Decoded utf8OrWindows1252(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = utf8.decode(in);
            return new Decoded(chars.toString(), StandardCharsets.UTF_8, List.of());
        } catch (MalformedInputException e) {
            int at = in.position();
            String note = String.format("not valid UTF-8 (byte 0x%02X at offset %d); read as Windows-1252",
                    bytes[at] & 0xFF, at);
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, List.of(note));
        } catch (CharacterCodingException e) {
            throw new UnreadableArticleException("cannot decode: " + e.getMessage());
        }
    }

    private static void checkText(String text) {
        if (text.chars().allMatch(c -> Character.isWhitespace(c) || c == '\uFEFF')) {
            throw new UnreadableArticleException("empty file (no text, only white space)");
        }
        long control = text.chars().filter(TextDecoder::isBinaryChar).count();
        if (control * 100 > (long) MAX_CONTROL_PERCENT * text.length()) {
            throw new UnreadableArticleException(String.format(
                    "binary file (%d%% control characters), not text", control * 100 / text.length()));
        }
    }

    private static boolean isBinaryChar(int c) {
        return (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD';
    }

    private static boolean startsWith(byte[] bytes, int b0, int b1) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == b0 && (bytes[1] & 0xFF) == b1;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
