package io.newsflow.enrich.extract;

import io.newsflow.schemas.DateSource;
import java.util.List;

/**
 * One article found in a dropped file: metadata plus the clean body, paragraph by paragraph.
 *
 * @param title           headline, null if none
 * @param bylines         authors' names only (no "By", no dates), empty if none
 * @param published       publication time as the file gives it (a day, or a time with its offset), null if none
 * @param publishedSource where {@code published} came from; NONE when null
 * @param site            site or source name, null if unknown
 * @param language        ISO 639-1 code of the body, null if unknown
 * @param paragraphs      clean body in reading order
 * @param extractor       "text-lines" or "html-dom"
 * @param blocksTotal     lines (text) or blocks (HTML) of this article's part of the file
 * @param blocksKept      of those, how many became paragraphs
 */
public record ExtractedArticle(
        String title,
        List<String> bylines,
        PublishedTime published,
        DateSource publishedSource,
        String site,
        String language,
        List<String> paragraphs,
        String extractor,
        int blocksTotal,
        int blocksKept) {

    public ExtractedArticle {
        bylines = List.copyOf(bylines);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body as the Article record carries it: paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
