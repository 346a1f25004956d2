package io.newsflow.enrich.extract;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;

/**
 * Reads a file that is not valid UTF-8 and declares nothing: Windows-1252, the web's usual legacy
 * charset, except that every well-formed UTF-8 multi-byte sequence is read as UTF-8. A text
 * dump pasted together from a UTF-8 page and a Windows-1252 one thus reads right in both parts,
 * instead of the UTF-8 part turning into mojibake ("PeriÃ³dico"). A pure Windows-1252 file reads
 * as before: its accented letters are followed by plain letters or spaces, never by the
 * continuation bytes 0x80-0xBF (punctuation and symbols in Windows-1252) that UTF-8 needs, and a
 * pair that does form UTF-8, such as "Ã©", is itself mojibake of "é".
 */
public final class MixedEncoding {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] LEGACY = legacyTable();

    private MixedEncoding() {
    }

    public static String decode(ByteBuffer content) {
        ByteBuffer in = content.duplicate();
        byte[] bytes = new byte[in.remaining()];
        in.get(bytes);
        return decode(bytes);
    }

    public static String decode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xff;
            int length = lead < 0x80 ? 1 : utf8Length(bytes, i);
            if (length == 0) {
                text.append(LEGACY[lead]);
                i++;
            } else {
                text.appendCodePoint(length == 1 ? lead : codePoint(bytes, i, length));
                i += length;
            }
        }
        return text.toString();
    }

    /** The length of the well-formed UTF-8 sequence at {@code i} (RFC 3629: no overlongs, surrogates or beyond U+10FFFF), 0 if none. */
    private static int utf8Length(byte[] bytes, int i) {
        int lead = bytes[i] & 0xff;
        int length;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            secondMin = lead == 0xE0 ? 0xA0 : 0x80;
            secondMax = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            secondMin = lead == 0xF0 ? 0x90 : 0x80;
            secondMax = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xff;
        if (second < secondMin || second > secondMax) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = bytes[i + k] & 0xff;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static int codePoint(byte[] bytes, int i, int length) {
        int lead = bytes[i] & 0xff;
        int value = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            value = (value << 6) | (bytes[i + k] & 0x3F);
        }
        return value;
    }

    private static char[] legacyTable() {
        byte[] all = new byte[256];
        for (int b = 0; b < 256; b++) {
            all[b] = (byte) b;
        }
        return new String(all, WINDOWS_1252).toCharArray();
    }
}
