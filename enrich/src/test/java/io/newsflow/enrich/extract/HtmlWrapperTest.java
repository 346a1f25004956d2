package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Containers whose names sound like furniture but hold the article. */
class HtmlWrapperTest {

    private static final String PARAGRAPHS = """
            <p>Dock workers at the city's container terminal walked out on Tuesday morning, saying the port
            authority's plan to automate the cranes would cost hundreds of jobs within five years.</p>
            <p>The union said the strike would last at least three days, and that ships already in the harbour
            would not be unloaded until the authority agreed to talks on the plan.</p>
            """;

    /** Furniture with more text than the article, so that the article's container is under half the page. */
    private static final String COMMENTS = "<div class='comments'>" + ("<p>Reader: I worked on those cranes for"
            + " twenty years and I can tell you the automation will not work in winter, whatever they say.</p>").repeat(6)
            + "</div>";

    private static String body(String html) {
        return OneArticle.fromPage(html).body();
    }

    @Test
    void aBloggerWidgetAroundThePostIsNotFurniture() {
        String html = "<html><body><div class='sidebar'><a href='/a'>Archive</a> <a href='/b'>Labels</a></div>"
                + "<div class='widget Blog'><div class='post hentry'><h3 class='post-title'>Strike</h3>"
                + "<div class='post-body entry-content'>" + PARAGRAPHS + "</div></div></div>" + COMMENTS + "</body></html>";
        assertThat(body(html)).contains("walked out on Tuesday", "would not be unloaded").doesNotContain("Archive", "Reader:");
    }

    @Test
    void theTextAPaywallHidesIsTheArticle() {
        String html = "<html><body><nav><a href='/'>Home</a></nav><article><p>Dock workers walked out.</p>"
                + "<div class='paywall'>" + PARAGRAPHS + "</div></article>" + COMMENTS + "</body></html>";
        assertThat(body(html)).contains("walked out on Tuesday", "would not be unloaded");
    }
}
