package io.newsflow.enrich.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Read more of this post" links that end a post's excerpt on a blog's front page, often glued to its last line. */
final class ReadMoreTeaser {

    private static final Pattern TEASER = Pattern.compile(
            "\\s*(?:…|\\.\\.\\.)?\\s*(?:read more of this (?:post|entry|article)|continue reading(?: this (?:post|entry))?"
                    + "|read the (?:rest|full (?:post|story|article))(?: of this (?:post|entry))?)\\s*[.»›→…]*\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** The wordings of {@link #TEASER}, one of which every teaser has: most lines are spared the regex, which tries every position. */
    private static final Literals WORDINGS = new Literals(List.of("read more of this ", "continue reading", "read the "));

    /** The marks {@link #TEASER} allows after the wording. */
    private static final String AFTER_WORDING = ".»›→…";
    private static final int LONGEST_WORDING = "read the full article of this entry".length();

    private ReadMoreTeaser() {
    }

    /** The line without its teaser link, or null if it carries none. */
    static String strip(String line) {
        // the wording ends the line, but for the spaces and marks after it: only its last characters need a look
        int end = line.length();
        while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || AFTER_WORDING.indexOf(line.charAt(end - 1)) >= 0)) {
            end--;
        }
        int from = Math.max(0, end - LONGEST_WORDING);
        // every wording says "read" ("continue reading" too), in lower case or capitals: a vectorised
        // search spares most lines the automaton
        if (line.indexOf("ead", from) < 0 && line.indexOf("EAD", from) < 0 || WORDINGS.in(line, from, end) == 0) {
            return null;
        }
        Matcher m = TEASER.matcher(line);
        return m.find() ? line.substring(0, m.start()).strip() : null;
    }
}
