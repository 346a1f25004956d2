package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.DateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\t\n", "\u00a0\n"})
    void emptyOrWhitespaceGivesNoArticle(String text) {
        assertThat(extractor.extract("empty.txt", "text/plain", text)).isEmpty();
        assertThat(extractor.extract("empty.html", "text/html", text)).isEmpty();
    }

    @Test
    void nullTextGivesNoArticle() {
        assertThat(extractor.extract("x.txt", "text/plain", null)).isEmpty();
    }

    @Test
    void htmlWithoutBodyTextGivesNoArticle() {
        assertThat(extractor.extract("x.html", "text/html", "<html><head><title>T</title></head><body></body></html>"))
                .isEmpty();
    }

    @Test
    void mediaTypeChoosesTheExtractor() {
        String html = "<html><body><p>The council approved the new budget on Tuesday after a long debate.</p></body></html>";
        assertThat(extractor.extract("a.html", "text/html", html).get(0).extractor()).isEqualTo("html-dom");
        assertThat(extractor.extract("a.txt", "text/plain", Seeds.text(Seeds.RT_INTERVIEW)).get(0).extractor())
                .isEqualTo("text-lines");
    }

    @Test
    void aFileWithoutProseStillGivesItsText() {
        assertThat(extractor.extract("note.txt", "text/plain", "Harbour closed today").get(0).paragraphs())
                .containsExactly("Harbour closed today");
    }

    @Test
    void visibleDatelineAboveTheBodyIsUsed() {
        String dump = """
                Council approves harbour budget
                December 8, 2017
                The city council approved the harbour budget on Tuesday evening after a debate that lasted more \
                than six hours, with the opposition voting against it.
                The budget includes money for two new cranes and for repairs to the northern pier.""";
        var article = extractor.extract("budget.txt", "text/plain", dump).get(0);
        assertThat(article.title()).isEqualTo("Council approves harbour budget");
        assertThat(article.published()).hasToString("2017-12-08");
        assertThat(article.publishedSource()).isEqualTo(DateSource.DATELINE);
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void readersCommentsBelowTheArticleAreNotBody() {
        String dump = """
                Council approves harbour budget
                The city council approved the harbour budget on Tuesday evening after a debate that lasted more \
                than six hours, with the opposition voting against it.
                The budget includes money for two new cranes and for repairs to the northern pier, which was \
                damaged in the storms of last winter and has been closed to ships since.
                Share this:
                34 responses to “Council approves harbour budget”
                harbourwatcher says:
                December 8, 2017 at 6:34 am
                About time the council did something about that pier, it has been a disgrace for years now.
                skeptic99 says:
                December 8, 2017 at 7:02 am
                Two new cranes will not fix anything while the port authority keeps ignoring the workers.""";
        var article = extractor.extract("budget.txt", "text/plain", dump).get(0);
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.body()).doesNotContain("responses", "says:", "About time", "Two new cranes will not");
    }

    @Test
    void aCommentCountNearTheTopDoesNotEndTheArticle() {
        String dump = """
                Council approves harbour budget
                12 comments
                The city council approved the harbour budget on Tuesday evening after a debate that lasted more \
                than six hours, with the opposition voting against it.
                The budget includes money for two new cranes and for repairs to the northern pier.""";
        assertThat(extractor.extract("budget.txt", "text/plain", dump).get(0).paragraphs()).hasSize(2);
    }

    @Test
    void blockCountsDescribeThePart() {
        var article = Seeds.article(Seeds.SYRIA_SPY_AGENCIES);
        assertThat(article.blocksKept()).isEqualTo(article.paragraphs().size());
        assertThat(article.blocksTotal()).isGreaterThan(article.blocksKept());
    }

    @Test
    void isReusableAcrossThreads() throws Exception {
        String text = Seeds.text(Seeds.BLOG_SEVEN_POSTS);
        var expected = extractor.extract("b.txt", "text/plain", text);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> assertThat(extractor.extract("b.txt", "text/plain", text))
                        .isEqualTo(expected)));
            }
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
