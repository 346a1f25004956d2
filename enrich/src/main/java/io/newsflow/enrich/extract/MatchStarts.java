package io.newsflow.enrich.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The starts, up to five characters, a text can have for a pattern anchored at its start to match,
 * asked of the pattern itself the first time a start is met: it matches those characters, or it
 * ran out of text before it could tell (a longer text might match). The headings and furniture
 * labels matched this way are long alternations of phrases, all tried on every line at a cost far
 * above this lookup, and most lines start like none of them; two characters ("re", "mo") would let
 * through three times as many lines as five.
 */
final class MatchStarts {

    private static final int ASCII = 0x80;
    private static final int DEPTH = 5;
    private static final byte UNKNOWN = 0;
    private static final byte CANNOT = 1;
    private static final byte MAY = 2;

    private final Pattern pattern;
    private final Start empty = new Start();
    /**
     * The answer for a text's first character beyond ASCII, 1 for may match: lines in other
     * scripts start like no heading or label of ours, and would otherwise each be tried.
     */
    private final CharMemo firstBeyondAscii;

    /**
     * A start that may match: per next ASCII character, the answer for the start it makes, and
     * that start if it may match too. Shared by threads without locks: an answer only ever goes
     * from unknown to the one every thread computes, and a thread that replaces another's start
     * only makes its answers be asked again.
     */
    private static final class Start {
        final byte[] answers = new byte[ASCII];
        final Start[] next = new Start[ASCII];
    }

    /** @param pattern a pattern used with {@code lookingAt} or {@code matches}, not {@code find} */
    MatchStarts(Pattern pattern) {
        this.pattern = pattern;
        firstBeyondAscii = new CharMemo(c -> answer(String.valueOf((char) c), 1) == MAY ? 1 : 0);
    }

    /**
     * False if no text starting like {@code text} can match; true if it may, and for starts that go
     * beyond ASCII after their first character or at a surrogate pair, which one char cannot tell.
     */
    boolean mayMatch(String text) {
        Start start = empty;
        for (int i = 0; i < DEPTH && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ASCII) {
                return i > 0 || Character.isSurrogate(c) || firstBeyondAscii.of(c) == 1;
            }
            if (start.answers[c] == UNKNOWN) {
                start.answers[c] = answer(text, i + 1);
            }
            if (start.answers[c] == CANNOT) {
                return false;
            }
            if (i + 1 == DEPTH) {
                break;
            }
            Start longer = start.next[c];
            if (longer == null) {
                longer = new Start();
                start.next[c] = longer;
            }
            start = longer;
        }
        return true;
    }

    /**
     * The first characters of {@code text} that {@link #mayMatch} reads, in lower case as {@link
     * String#toLowerCase(Locale)} writes them in the root locale: for a pattern that reads text
     * lower-cased, without lower-casing the whole of it.
     */
    static String lowerCaseStart(String text) {
        String start = text.length() <= DEPTH ? text : text.substring(0, DEPTH);
        return start.toLowerCase(Locale.ROOT);
    }

    private byte answer(String text, int length) {
        Matcher start = pattern.matcher(text.substring(0, length));
        return start.lookingAt() || start.hitEnd() ? MAY : CANNOT;
    }
}
