package io.newsflow.enrich.extract;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * A visible publication date near the top of an article: on a short line above the body
 * ("December 8, 2017", "Chris Dale - Nov 19, 2019, 10:31 pm") or opening its first line.
 * Dates further down are events the story reports, not when it was published.
 */
final class Dateline {

    /** Lines above the body this long are prose (a standfirst), not a date line. */
    private static final int MAX_WORDS = 20;
    /** How far above the body the date line may be: past a headline, a byline box and a picture. */
    private static final int SEARCH_LINES = 40;
    /** A date line inside the body run sits under the standfirst or the byline, near its top. */
    private static final int SEARCH_LINES_IN_BODY = 8;
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

    /**
     * The publication date: the nearest short date line above the body (a masthead's "today" is
     * higher up), else one among the first lines of the body run (a date line under the
     * standfirst), else a dateline opening the first body line; failing all, a date line that
     * leaves out the year, in the year {@code copyrightYear} gives if the page has a copyright line (0 if not).
     */
    static PublishedTime find(List<Line> aboveBody, List<Line> bodyRun, String firstBodyLine, IntSupplier copyrightYear) {
        PublishedTime date = find(aboveBody, bodyRun, firstBodyLine, Dates::find);
        if (date != null) {
            return date;
        }
        // no date with its year: one without on a date line, in the year of the page's copyright (in the
        // first body line, "On March 3 the council..." is an event more often than a dateline)
        int year = copyrightYear.getAsInt();
        return year == 0 ? null : find(aboveBody, bodyRun, null, text -> Dates.findInYear(text, year));
    }

    private static PublishedTime find(List<Line> aboveBody, List<Line> bodyRun, String firstBodyLine,
            Function<String, PublishedTime> dates) {
        for (int i = aboveBody.size() - 1; i >= Math.max(0, aboveBody.size() - SEARCH_LINES); i--) {
            PublishedTime date = dateLine(aboveBody.get(i), dates);
            if (date != null) {
                return date;
            }
        }
        for (Line line : bodyRun.subList(0, Math.min(bodyRun.size(), SEARCH_LINES_IN_BODY))) {
            if (line.kind() == LineKind.BOILERPLATE) {
                PublishedTime date = dateLine(line, dates);
                if (date != null) {
                    return date;
                }
            }
        }
        if (firstBodyLine == null) {
            return null;
        }
        return dates.apply(firstBodyLine.substring(0, Math.min(FIRST_LINE_CHARS, firstBodyLine.length())));
    }

    private static PublishedTime dateLine(Line line, Function<String, PublishedTime> dates) {
        return line.wordCount() <= MAX_WORDS && line.footer() == null ? dates.apply(line.text()) : null;
    }
}
