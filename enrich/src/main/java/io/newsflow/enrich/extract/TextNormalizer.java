package io.newsflow.enrich.extract;

import java.util.regex.Pattern;

/** Whitespace clean-up shared by both extractors: non-breaking and zero-width spaces, runs of blanks. */
final class TextNormalizer {

    /** The spaces beyond ASCII that become plain ones: no-break, figure, narrow no-break, zero-width, BOM. */
    private static final String ODD_SPACES = "\u00A0\u2007\u202F\u200B\uFEFF";
    /** The blanks of regex \\s other than the space and the newline that ends a line. */
    private static final String OTHER_ASCII_BLANKS = "\t\r\u000B\f";
    private static final Pattern BLANKS = Pattern.compile("[\\s" + ODD_SPACES + "]+");
    /** What {@link #isPlain} looks for in a whole page: every blank but the plain space and the newline. */
    private static final String UNPLAIN_BLANKS = OTHER_ASCII_BLANKS + ODD_SPACES;

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
        for (int i = 0; i < UNPLAIN_BLANKS.length(); i++) {
            if (text.indexOf(UNPLAIN_BLANKS.charAt(i)) >= 0) {
                return false;
            }
        }
        return !text.contains("  ");
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
            if (c < ' ' || c >= 0x00A0 && ODD_SPACES.indexOf(c) >= 0) {
                return true;
            }
        }
        return s.contains("  ");
    }
}
