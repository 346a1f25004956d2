package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens the way the benchmark counts them (Unicode \w+ runs). Hand-written rather than a
 * regex because every line of every page goes through it; each character is classified once.
 */
final class Words {

    /** 1 for a word character, 0 for another: Unicode properties are looked up once per character. */
    private static final CharMemo WORD_CHARS = new CharMemo(c -> isWordChar(c) ? 1 : 0);

    private Words() {
    }

    static List<String> of(String text) {
        return new Tokens(split(text));
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = cp <= Character.MAX_VALUE ? WORD_CHARS.of((char) cp) == 1 : isWordChar(cp);
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

    /** Java's \w with UNICODE_CHARACTER_CLASS: alphabetic, marks, decimal digits, connector punctuation, joiners. */
    private static boolean isWordChar(int cp) {
        if (Character.isAlphabetic(cp) || Character.isDigit(cp) || cp == 0x200C || cp == 0x200D) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }
}
