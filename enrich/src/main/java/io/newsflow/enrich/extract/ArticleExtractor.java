package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;

/**
 * Turns one dropped news file into clean articles: plain-text dumps go through the line
 * classifier, saved pages through the HTML DOM extractor. Stateless, so one instance can be
 * shared by all stream threads.
 */
public final class ArticleExtractor {

    private final TextArticleExtractor textDumps = new TextArticleExtractor();
    private final HtmlArticleExtractor savedPages = new HtmlArticleExtractor();

    public ArticleExtractor() {
    }

    /**
     * @param fileName  name of the dropped file (used only as a hint when the media type is vague)
     * @param mediaType "text/html" or "text/plain"
     * @param text      the decoded file content
     * @return at least one article if the file has any body text, else an empty list
     */
    public List<ExtractedArticle> extract(String fileName, String mediaType, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return isHtml(fileName, mediaType, text) ? savedPages.extract(text) : textDumps.extract(text);
    }

    private static boolean isHtml(String fileName, String mediaType, String text) {
        if (mediaType != null && mediaType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        if (mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith("text/plain")) {
            return false;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm")
                || text.stripLeading().regionMatches(true, 0, "<!doctype html", 0, 14)
                || text.stripLeading().regionMatches(true, 0, "<html", 0, 5);
    }
}
