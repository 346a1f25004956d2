package io.newsflow.enrich.extract;

import java.util.regex.Pattern;

/**
 * A teaser of a related-stories list as a text dump renders it: the linked headline in Title Case
 * glued with no space to the first sentence of its summary ("Customers Leave Without Paying $690
 * Bill At Troy SteakhouseA party of six left..."). One such line may be an image's alt text glued
 * to the article's first sentence (see {@link GluedPrefix}); several in a row are a teaser list.
 */
final class GluedTeaser {

    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MIN_GLUED_LOWER_CASE = 4;
    private static final int MAX_HEADLINE_CHARS = 160;
    private static final double MIN_CAPITALISED = 0.6;
    /** The summary's first word: capitalised, then a space or a clause mark. */
    private static final Pattern SENTENCE_START = Pattern.compile("^\\p{Lu}[\\p{Ll}'’]*(?=[\\s,;:])");

    private GluedTeaser() {
    }

    static boolean isTeaser(String line) {
        int limit = Math.min(line.length() - 1, MAX_HEADLINE_CHARS);
        // the headline has MIN_HEADLINE_WORDS words, so the glue comes after their spaces: menus have fewer
        int from = 0;
        for (int w = 1; w < MIN_HEADLINE_WORDS && from >= 0; w++) {
            from = line.indexOf(' ', from + 1);
        }
        if (from < 0) {
            return false;
        }
        // each character read once, as the next one's "before": this runs on most lines of every page
        char before = line.charAt(from);
        for (int i = from + 1; i <= limit; i++) {
            char c = line.charAt(i);
            // most capitals follow a space, which no glue is
            if (isUpperCase(c) && before != ' ' && (Character.isDigit(before) || before == '?' || before == '!'
                    || before == ')' || before == '’' || before == '\'' || endsInLowerCaseWord(line, i))
                    && isHeadline(line.substring(0, i)) && SENTENCE_START.matcher(line.substring(i)).find()) {
                return true;
            }
            before = c;
        }
        return false;
    }

    /** {@link Character#isUpperCase(char)}, ASCII answered first: this runs on the first characters of every line. */
    private static boolean isUpperCase(char c) {
        return c < 0x80 ? (char) (c - 'A') <= 'Z' - 'A' : Character.isUpperCase(c);
    }

    /**
     * The headline's last word ends in several lower-case letters: "SteakhouseA party". Brand names
     * glue shorter stems ("MacBook", "AirPods", "iPhone").
     */
    private static boolean endsInLowerCaseWord(String line, int end) {
        int lower = 0;
        for (int i = end - 1; i >= 0 && Character.isLowerCase(line.charAt(i)); i--) {
            lower++;
        }
        return lower >= MIN_GLUED_LOWER_CASE;
    }

    /** Title Case words, no full stop: the way headlines are set and sentences are not. */
    private static boolean isHeadline(String prefix) {
        String[] words = prefix.split(" ");
        if (words.length < MIN_HEADLINE_WORDS || prefix.contains(". ")) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) {
                capitalised++;
            }
        }
        return capitalised >= MIN_CAPITALISED * words.length;
    }
}
