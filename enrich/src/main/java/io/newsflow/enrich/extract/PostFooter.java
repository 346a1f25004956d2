package io.newsflow.enrich.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A blog post's footer line, "Author: Ian Allen | Date: 08 December 2017 | Permalink", which
 * belongs to the post above it.
 */
record PostFooter(List<String> bylines, PublishedTime published) {

    private static final Pattern FOOTER = Pattern.compile(
            "^(?:author|posted by|written by|by)\\s*:?\\s*(?<author>[^|]+?)\\s*\\|\\s*(?:date|posted(?: on)?|on)\\s*:?\\s*"
                    + "(?<date>[^|]+?)\\s*(?:\\|.*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final MatchStarts FOOTER_STARTS = new MatchStarts(FOOTER);

    /** The footer on this line, or null if the line is not one. */
    static PostFooter parse(String line) {
        // a footer has a bar between its author and its date
        if (line.indexOf('|') < 0 || !FOOTER_STARTS.mayMatch(line)) {
            return null;
        }
        Matcher m = FOOTER.matcher(line);
        if (!m.matches()) {
            return null;
        }
        PublishedTime date = Dates.find(m.group("date"));
        return date == null ? null : new PostFooter(Bylines.parse(m.group("author")), date);
    }
}
