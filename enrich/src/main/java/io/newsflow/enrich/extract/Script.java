package io.newsflow.enrich.extract;


/** Writing system of a run of text; a line in another script than the body is a teaser or a menu, not body. */
enum Script {
    LATIN, HEBREW, ARABIC, CYRILLIC, GREEK, CJK, OTHER, NONE;

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
        int[] letters = new int[values().length];
        count(text, letters);
        return dominant(letters);
    }

    /** Adds the letters of {@code text} to {@code letters}, per script by ordinal. */
    static void count(CharSequence text, int[] letters) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // ASCII letters are most of most pages: no script lookup for them
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                letters[LATIN.ordinal()]++;
            } else if (c >= 0x80) {
                int cp = Character.codePointAt(text, i);
                letters[of(cp).ordinal()]++;
                i += Character.charCount(cp) - 1;
            }
        }
    }

    /** The script with the most letters in {@code letters} (counts by ordinal), NONE if there are none. */
    static Script dominant(int[] letters) {
        Script best = NONE;
        for (Script s : values()) {
            if (s != NONE && letters[s.ordinal()] > (best == NONE ? 0 : letters[best.ordinal()])) {
                best = s;
            }
        }
        return best;
    }
}
