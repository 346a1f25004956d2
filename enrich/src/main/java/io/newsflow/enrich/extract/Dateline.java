package io.newsflow.enrich.extract;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A visible publication date near the top of an article: on a short line above the body
 * ("December 8, 2017", "Chris Davies - Nov 19, 2019, 10:31 pm") or opening its first line.
 * Dates further down are events the story reports, not when it was published.
 */
final class Dateline {

    /** Lines above the body this long are prose (a standfirst), not a date line. */
    private static final int MAX_WORDS = 20;
    /** How far into the first body line a wire-style dateline can sit. */
    private static final int FIRST_LINE_CHARS = 80;

    /** A wire story's opening place name in capitals, maybe its agency, then a dash: "LONDON (AP) —". */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .,'’-]{1,40}(?:\\([\\p{L}. ]{2,20}\\))? ?[—–-] ?\\p{L}");

    private Dateline() {
    }

    /** Whether the line opens a wire story: a place in capitals and a dash before the first sentence. */
    static boolean opensWireStory(String line) {
        return WIRE_DATELINE.matcher(line).lookingAt();
    }

    static Instant find(List<Line> aboveBody, String firstBodyLine) {
        for (Line line : aboveBody) {
            if (line.wordCount() <= MAX_WORDS && line.footer() == null) {
                Instant date = Dates.find(line.text());
                if (date != null) {
                    return date;
                }
            }
        }
        if (firstBodyLine == null) {
            return null;
        }
        return Dates.find(firstBodyLine.substring(0, Math.min(FIRST_LINE_CHARS, firstBodyLine.length())));
    }
}
