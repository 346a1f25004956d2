package io.newsflow.enrich.extract;

import io.newsflow.schemas.DateSource;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts the article of a saved HTML page: metadata from the head, body from the best content container. */
final class HtmlArticleExtractor {

    static final String NAME = "html-dom";

    List<ExtractedArticle> extract(String html) {
        Document doc = Jsoup.parse(html);
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
}
