package io.newsflow.enrich.extract;

/** Writing system of a run of text; a line in another script than the body is a teaser or a menu, not body. */
enum Script {
    LATIN, HEBREW, ARABIC, CYRILLIC, GREEK, CJK, OTHER, NONE;

    /** {@link #values()} without a fresh copy per call: the dominant script is taken per line. */
    private static final Script[] VALUES = values();

    /** The script of a letter; NONE for anything else. */
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

    /** The script with the most letters in {@code letters} (counts by ordinal), NONE if there are none. */
    static Script dominant(int[] letters) {
        return dominant(letters, 0);
    }

    /** The same for counts by ordinal that start at {@code from} in {@code counts}. */
    static Script dominant(int[] counts, int from) {
        Script best = NONE;
        for (Script s : VALUES) {
            if (s != NONE && counts[from + s.ordinal()] > (best == NONE ? 0 : counts[from + best.ordinal()])) {
                best = s;
            }
        }
        return best;
    }
}
