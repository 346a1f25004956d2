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
     * Whether no line of {@code text} has anything to replace, so that {@link #line} only strips
     * each: searches of the whole page at once rather than a pass over every line. Control
     * characters that are no blank stay as they are either way.
     */
    static boolean isPlain(String text) {
        return text.indexOf('\t') < 0 && text.indexOf('\r') < 0 && text.indexOf('\u000B') < 0 && text.indexOf('\f') < 0
                && text.indexOf('\u00A0') < 0 && text.indexOf('\u2007') < 0 && text.indexOf('\u202F') < 0
                && text.indexOf('\u200B') < 0 && text.indexOf('\uFEFF') < 0 && !text.contains("  ");
    }

    /**
     * Whether {@code s} has something BLANKS would replace by other than itself: a control
     * character, one of the odd spaces or two blanks in a row. Curly quotes and dashes need no
     * regex. The loop's test is almost never true, so it costs no mispredicted branch per word as
     * tracking spaces would; runs of spaces are left to the vectorised search.
     */
    private static boolean needsReplacing(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c >= 0x00A0 && isOddSpace(c)) {
                return true;
            }
        }
        return s.contains("  ");
    }

    /** The spaces other than the ASCII ones BLANKS replaces: no-break, figure, narrow no-break, zero-width, BOM. */
    private static boolean isOddSpace(char c) {
        return c == 0x00A0 || c == 0x2007 || c == 0x202F || c == 0x200B || c == 0xFEFF;
    }
}
