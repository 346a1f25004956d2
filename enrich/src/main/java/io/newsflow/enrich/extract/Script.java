package io.newsflow.enrich.extract;


/** Writing system of a run of text; a line in another script than the body is a teaser or a menu, not body. */
enum Script {
    LATIN, HEBREW, ARABIC, CYRILLIC, GREEK, CJK, OTHER, NONE;

    /** {@link #values()} without a fresh copy per call: the dominant script is taken per line. */
    private static final Script[] VALUES = values();
    /** 1 for the ASCII letters, by character: counted by lookup, since letters and spaces alternate unpredictably. */
    private static final byte[] ASCII_LETTER = new byte[0x80];

    /** Each character's script by ordinal: {@link Character.UnicodeScript#of} is a binary search. */
    private static final CharMemo SCRIPTS = new CharMemo(c -> of(c).ordinal());

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LETTER[c] = 1;
            ASCII_LETTER[Character.toUpperCase(c)] = 1;
        }
    }

    static Script of(int codePoint) {
        if (!Character.isLetter(codePoint)) {
            return NONE;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
        return switch (s) {
            case LATIN -> LATIN;
            case HEBREW -> HEBREW;
            case ARABIC -> ARABIC;
            case CYRILLIC -> CYRILLIC;
            case GREEK -> GREEK;
            case HAN, HIRAGANA, KATAKANA, HANGUL -> CJK;
            default -> OTHER;
        };
    }

    /** The script most letters of {@code text} are written in, NONE if it has no letters. */
    static Script dominant(CharSequence text) {
        int[] letters = new int[VALUES.length];
        count(text, letters);
        return dominant(letters);
    }

    /** Adds the letters of {@code text} to {@code letters}, per script by ordinal. */
    static void count(CharSequence text, int[] letters) {
        int asciiLetters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII letters are most of most pages: no script lookup for them
                asciiLetters += ASCII_LETTER[c];
            } else if (!Character.isSurrogate(c)) {
                letters[SCRIPTS.of(c)]++;
            } else {
                int cp = Character.codePointAt(text, i);
                letters[of(cp).ordinal()]++;
                i += Character.charCount(cp) - 1;
            }
        }
        letters[LATIN.ordinal()] += asciiLetters;
    }

    /** The script with the most letters in {@code letters} (counts by ordinal), NONE if there are none. */
    static Script dominant(int[] letters) {
        Script best = NONE;
        for (Script s : VALUES) {
            if (s != NONE && letters[s.ordinal()] > (best == NONE ? 0 : letters[best.ordinal()])) {
                best = s;
            }
        }
        return best;
    }
}
