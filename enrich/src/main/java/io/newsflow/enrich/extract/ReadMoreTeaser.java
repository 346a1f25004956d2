package io.newsflow.enrich.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Read more of this post" links that end a post's excerpt on a blog's front page, often glued to its last line. */
final class ReadMoreTeaser {

    /** The wordings of every language ("Continue reading", "Weiterlesen"), in lower case. */
    private static final List<String> WORDINGS = List.copyOf(Vocabulary.all(language -> language.phrases("read-more")));
    /** What may stand before the wording (an ellipsis) and after it (arrows, an ellipsis, a full stop). */
    private static final Pattern BEFORE = Pattern.compile("\\s*(?:…|\\.\\.\\.)?\\s*$");
    private static final String AFTER_WORDING = ".»›→…";

    private ReadMoreTeaser() {
    }

    /** The line without its teaser link, or null if it carries none. */
    static String strip(String line) {
        int end = line.length();
        while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || AFTER_WORDING.indexOf(line.charAt(end - 1)) >= 0)) {
            end--;
        }
        for (String wording : WORDINGS) {
            int start = end - wording.length();
            // glued to the line's last word as often as not: "...of the town.Continue reading"
            if (start >= 0 && line.regionMatches(true, start, wording, 0, wording.length())) {
                Matcher before = BEFORE.matcher(line).region(0, start);
                return line.substring(0, before.find() ? before.start() : start).strip();
            }
        }
        return null;
    }
}
