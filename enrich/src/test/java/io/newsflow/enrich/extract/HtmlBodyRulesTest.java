package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Body rules of the HTML extractor, each on a small page written for it. */
class HtmlBodyRulesTest {

    private static ExtractedArticle extract(String html) {
        List<ExtractedArticle> articles = new ArticleExtractor().extract("page.html", "text/html", html);
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    @Test
    void aTitleNeverClosedDoesNotSwallowThePage() {
        ExtractedArticle article = extract("""
                <html><head><title>Storm closes the pier</titlevalue="x" -->
                <script>var a = 1;</script></head>
                <body><div class="story">
                <p>The pier was closed on Sunday after a storm damaged its deck, the harbour master said.</p>
                <p>Repairs are expected to take three weeks, and ferries will dock at the north quay meanwhile.</p>
                </div></body></html>""");
        assertThat(article.paragraphs()).containsExactly(
                "The pier was closed on Sunday after a storm damaged its deck, the harbour master said.",
                "Repairs are expected to take three weeks, and ferries will dock at the north quay meanwhile.");
    }

    @Test
    void aClosedTitleIsLeftAlone() {
        String html = "<html><head><TITLE>Pier closed</TITLE></head><body><p>Text.</p></body></html>";
        assertThat(HtmlArticleExtractor.closeTitle(html)).isSameAs(html);
        assertThat(HtmlArticleExtractor.closeTitle("<title>Pier closed<script>x</script>"))
                .isEqualTo("<title>Pier closed</title><script>x</script>");
    }
}
