package io.newsflow.enrich.extract;

import java.util.regex.Pattern;

/** Whitespace clean-up shared by both extractors: non-breaking and zero-width spaces, runs of blanks. */
final class TextNormalizer {

    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private TextNormalizer() {
    }

    /** One line of visible text: every kind of space becomes one plain space, ends trimmed. */
    static String line(String s) {
        // most lines have nothing to replace: skip the regex for them
        return needsReplacing(s) ? BLANKS.matcher(s).replaceAll(" ").strip() : s.strip();
    }

    /**
     * Whether {@code s} has something BLANKS would replace by other than itself: two blanks in a row,
     * a control character or one of the odd spaces. Curly quotes and dashes need no regex.
     */
    private static boolean needsReplacing(String s) {
        boolean afterSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // one test for the printable ASCII most lines are made of
            if (c <= ' ' || c >= 0x00A0
                    && (c == 0x00A0 || c == 0x2007 || c == 0x202F || c == 0x200B || c == 0xFEFF)) {
                if (c != ' ' || afterSpace) {
                    return true;
                }
                afterSpace = true;
            } else {
                afterSpace = false;
            }
        }
        return false;
    }
}
