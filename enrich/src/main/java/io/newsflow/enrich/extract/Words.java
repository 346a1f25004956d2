package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens: Unicode \w+ runs, as the benchmark counts them, except that Chinese and Japanese,
 * written without spaces, are cut into pairs of characters (about one word each), so that word
 * counts and the prose thresholds built on them mean the same in every script. Hand-written
 * rather than a regex because every line of every page goes through it; each character is
 * classified once.
 */
final class Words {

    private static final int CJK_CHARS_PER_WORD = 2;
    private static final int OTHER = 0;
    private static final int WORD = 1;
    private static final int CJK_WORD = 2;
    /** OTHER, WORD or CJK_WORD per character: Unicode properties are looked up once per character. */
    private static final CharMemo CLASSES = new CharMemo(Words::classOf);

    private Words() {
    }

    static List<String> of(String text) {
        return new Tokens(split(text));
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        boolean inCjk = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int kind = cp <= Character.MAX_VALUE ? CLASSES.of((char) cp) : classOf(cp);
            boolean word = kind != OTHER;
            boolean cjk = kind == CJK_WORD;
            if (start >= 0 && (!word || cjk != inCjk || cjk && i - start >= CJK_CHARS_PER_WORD)) {
                words.add(text.substring(start, i));
                start = -1;
            }
            if (word && start < 0) {
                start = i;
                inCjk = cjk;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    private static int classOf(int cp) {
        return !isWordChar(cp) ? OTHER : cp >= 0x2E80 && isCjk(cp) ? CJK_WORD : WORD;
    }

    private static boolean isCjk(int cp) {
        // the kana block also holds marks of no script of their own, such as the long-vowel mark ー
        if (cp >= 0x3000 && cp <= 0x30FF) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
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
