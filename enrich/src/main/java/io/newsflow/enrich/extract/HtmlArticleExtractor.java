package io.newsflow.enrich.extract;

import io.newsflow.schemas.DateSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts the article of a saved HTML page: metadata from the head, body from the best content container. */
final class HtmlArticleExtractor {

    static final String NAME = "html-dom";
    private static final Pattern TITLE_START = Pattern.compile("<title[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_END = Pattern.compile("</title[\\s/>]", Pattern.CASE_INSENSITIVE);

    List<ExtractedArticle> extract(String html) {
        Document doc = Jsoup.parse(closeTitle(html));
        // metadata first: JSON-LD lives in script elements the body clean-up removes
        HtmlMetadata meta = HtmlMetadata.of(doc);
        Element body = doc.body();
        HtmlBodyFinder.removeFurniture(body);
        String declared = meta.language();
        // the language the page declares, if it is one whose furniture words we know; else a guess from its text
        String pageLanguage = declared != null && StopWords.LANGUAGES.contains(declared) ? declared
                : LanguageGuesser.guess(body.text());
        int[] blocks = new int[1];
        List<Tokens> paragraphWords = new ArrayList<>();
        for (Element container : HtmlBodyFinder.find(body, blocks)) {
            HtmlParagraphs.read(container, pageLanguage, paragraphWords);
        }
        if (paragraphWords.isEmpty()) {
            return List.of();
        }
        List<String> paragraphs = paragraphWords.stream().map(Tokens::text).toList();
        String language = LanguageGuesser.guess(paragraphWords);
        return List.of(new ExtractedArticle(meta.title(), meta.bylines(), meta.published(),
                meta.published() == null ? DateSource.NONE : DateSource.METADATA, meta.site(),
                language != null ? language : pageLanguage != null ? pageLanguage : declared, paragraphs, NAME,
                Math.max(blocks[0], paragraphs.size()), paragraphs.size()));
    }

    /**
     * A {@code <title>} that is never closed (a truncated or mangled page: {@code </titlevalue>})
     * takes the rest of the page as its text, by HTML's parsing rules: close it at the next tag,
     * so the page keeps its body.
     */
    static String closeTitle(String html) {
        Matcher start = TITLE_START.matcher(html);
        if (!start.find() || TITLE_END.matcher(html).find(start.end())) {
            return html;
        }
        int next = html.indexOf('<', start.end());
        return next < 0 ? html : html.substring(0, next) + "</title>" + html.substring(next);
    }
}
