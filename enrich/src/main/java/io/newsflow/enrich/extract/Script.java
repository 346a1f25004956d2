package io.newsflow.enrich.extract;

import java.util.EnumMap;
import java.util.Map;

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
        Map<Script, Integer> counts = new EnumMap<>(Script.class);
        text.codePoints().mapToObj(Script::of).filter(s -> s != NONE).forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(NONE);
    }
}
