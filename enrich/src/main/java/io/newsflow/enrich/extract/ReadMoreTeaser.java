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

    private ReadMoreTeaser() {
    }

    /** The line without its teaser link, or null if it carries none. */
    static String strip(String line) {
        // every wording says "read" ("continue reading" too), in lower case or capitals: a vectorised
        // search spares most lines the automaton
        if (!line.contains("ead") && !line.contains("EAD") || WORDINGS.in(line) == 0) {
            return null;
        }
        Matcher m = TEASER.matcher(line);
        return m.find() ? line.substring(0, m.start()).strip() : null;
    }
}
