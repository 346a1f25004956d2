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

    /** The line without its teaser link, or null if it carries none. */
    static String strip(String line) {
        // every teaser says "read" ("continue reading" too): skip the regex on the lines that do not
        if (!containsRead(line)) {
            return null;
        }
        Matcher m = TEASER.matcher(line);
        return m.find() ? line.substring(0, m.start()).strip() : null;
    }

    private static boolean containsRead(String line) {
        for (int i = line.length() - 4; i >= 0; i--) {
            if ((line.charAt(i) | 0x20) == 'r' && line.regionMatches(true, i + 1, "ead", 0, 3)) {
                return true;
            }
        }
        return false;
    }
}
