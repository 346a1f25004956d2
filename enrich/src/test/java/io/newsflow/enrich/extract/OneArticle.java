package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The one article a test page or dump gives, through the public extractor; fails the test if it gives another count. */
final class OneArticle {

    private OneArticle() {
    }

    static ExtractedArticle fromPage(String html) {
        return only(new ArticleExtractor().extract("page.html", "text/html", html));
    }

    static ExtractedArticle fromText(String text) {
        return only(new ArticleExtractor().extract("page.txt", "text/plain", text));
    }

    private static ExtractedArticle only(List<ExtractedArticle> articles) {
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }
}
