package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens the way the benchmark counts them (Unicode \w+ runs). Hand-written rather than a
 * regex because every line of every page goes through it, and ASCII needs no Unicode lookup.
 */
final class Words {

    /** The ASCII word characters, by character: a lookup costs less than the comparisons. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = 0; c < ASCII_WORD.length; c++) {
            ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
    }

    private Words() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int cp = c < 0x80 ? c : text.codePointAt(i);
            boolean word = cp < 0x80 ? ASCII_WORD[cp] : isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** Java's \w with UNICODE_CHARACTER_CLASS beyond ASCII: alphabetic, marks, decimal digits, connector punctuation, joiners. */
    private static boolean isWordChar(int cp) {
        if (Character.isAlphabetic(cp) || Character.isDigit(cp) || cp == 0x200C || cp == 0x200D) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }
}
