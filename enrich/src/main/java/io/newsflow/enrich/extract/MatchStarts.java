package io.newsflow.enrich.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-character starts a text can have for a pattern anchored at its start to match, asked of
 * the pattern itself the first time a start is met: it matches those two characters, or it ran out
 * of text before it could tell (a longer text might match). The headings and furniture labels
 * matched this way are long alternations of phrases, all tried on every line at a cost far above
 * this lookup, and most lines start like none of them.
 */
final class MatchStarts {

    private static final byte UNKNOWN = 0;
    private static final byte CANNOT = 1;
    private static final byte MAY = 2;

    private final Pattern pattern;
    /**
     * Per pair of ASCII characters. Shared by threads without locks: an entry only ever goes from
     * unknown to the one answer every thread computes.
     */
    private final byte[] pairs = new byte[0x80 * 0x80];

    /** @param pattern a pattern used with {@code lookingAt} or {@code matches}, not {@code find} */
    MatchStarts(Pattern pattern) {
        this.pattern = pattern;
    }

    /** False if no text starting like {@code text} can match; true if it may, and for starts beyond ASCII. */
    boolean mayMatch(String text) {
        if (text.length() < 2 || (text.charAt(0) | text.charAt(1)) >= 0x80) {
            return true;
        }
        int pair = text.charAt(0) << 7 | text.charAt(1);
        if (pairs[pair] == UNKNOWN) {
            Matcher start = pattern.matcher(text.substring(0, 2));
            pairs[pair] = start.lookingAt() || start.hitEnd() ? MAY : CANNOT;
        }
        return pairs[pair] == MAY;
    }
}
