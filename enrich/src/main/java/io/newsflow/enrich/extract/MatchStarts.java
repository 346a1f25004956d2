package io.newsflow.enrich.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three-character starts a text can have for a pattern anchored at its start to match, asked
 * of the pattern itself the first time a start is met: it matches those characters, or it ran out
 * of text before it could tell (a longer text might match). The headings and furniture labels
 * matched this way are long alternations of phrases, all tried on every line at a cost far above
 * this lookup, and most lines start like none of them; two characters ("re", "mo") would still let
 * through twice as many lines as three.
 */
final class MatchStarts {

    private static final int ASCII = 0x80;
    private static final byte UNKNOWN = 0;
    private static final byte CANNOT = 1;
    private static final byte MAY = 2;

    private final Pattern pattern;
    /**
     * Per pair of ASCII characters, the answer for two. Shared by threads without locks: an entry
     * only ever goes from unknown to the one answer every thread computes.
     */
    private final byte[] pairs = new byte[ASCII * ASCII];
    /**
     * Per pair that may match, per third ASCII character, the answer for three; made for a pair the
     * first time it is met. Shared the same way: a thread that replaces another's array only makes
     * answers be asked again.
     */
    private final byte[][] triples = new byte[ASCII * ASCII][];

    /** @param pattern a pattern used with {@code lookingAt} or {@code matches}, not {@code find} */
    MatchStarts(Pattern pattern) {
        this.pattern = pattern;
    }

    /** False if no text starting like {@code text} can match; true if it may, and for starts beyond ASCII. */
    boolean mayMatch(String text) {
        if (text.length() < 2 || (text.charAt(0) | text.charAt(1)) >= ASCII) {
            return true;
        }
        int pair = text.charAt(0) * ASCII + text.charAt(1);
        if (pairs[pair] == UNKNOWN) {
            pairs[pair] = answer(text, 2);
        }
        if (pairs[pair] == CANNOT || text.length() < 3 || text.charAt(2) >= ASCII) {
            return pairs[pair] == MAY;
        }
        byte[] third = triples[pair];
        if (third == null) {
            third = new byte[ASCII];
            triples[pair] = third;
        }
        char c = text.charAt(2);
        if (third[c] == UNKNOWN) {
            third[c] = answer(text, 3);
        }
        return third[c] == MAY;
    }

    private byte answer(String text, int length) {
        Matcher start = pattern.matcher(text.substring(0, length));
        return start.lookingAt() || start.hitEnd() ? MAY : CANNOT;
    }
}
