package io.newsflow.enrich.extract;

import java.util.regex.Pattern;

/** Whitespace clean-up shared by both extractors: non-breaking and zero-width spaces, runs of blanks. */
final class TextNormalizer {

    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private TextNormalizer() {
    }

    /** One line of visible text: every kind of space becomes one plain space, ends trimmed. */
    static String line(String s) {
        return BLANKS.matcher(s).replaceAll(" ").strip();
    }
}
