package io.newsflow.enrich.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Read more of this post" links that end a post's excerpt on a blog's front page, often glued to its last line. */
final class ReadMoreTeaser {

    private static final Pattern TEASER = Pattern.compile(
            "\\s*(?:…|\\.\\.\\.)?\\s*(?:read more of this (?:post|entry|article)|continue reading(?: this (?:post|entry))?"
                    + "|read the (?:rest|full (?:post|story|article))(?: of this (?:post|entry))?)\\s*[.»›→…]*\\s*$",
            Pattern.CASE_INSENSITIVE);

    private ReadMoreTeaser() {
    }

    /** The line without its teaser link, or null if it carries none; {@code lowerCaseLine} is it in lower case. */
    static String strip(String line, String lowerCaseLine) {
        // every teaser says "read" ("continue reading" too): skip the regex on the lines that do not
        if (!lowerCaseLine.contains("read")) {
            return null;
        }
        Matcher m = TEASER.matcher(line);
        return m.find() ? line.substring(0, m.start()).strip() : null;
    }
}
