package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages built to break a parser still give their story, and nothing runs out of stack or hangs. */
class HostileHtmlTest {

    private static final String STORY = "<p>Dockworkers in the harbour went on strike on Monday, demanding better pay"
            + " and safer cranes, the union said in a statement.</p>";

    @Test
    void htmlNestedTenThousandLevelsDeep() {
        int depth = 10_000;
        String html = "<html><body>" + "<div>".repeat(depth) + STORY + "</div>".repeat(depth) + "</body></html>";
        assertThat(OneArticle.fromPage(html).body()).startsWith("Dockworkers in the harbour went on strike");
    }

    @Test
    void aMegabyteLongLineAndAttribute() {
        String html = "<html><body><p>" + "word ".repeat(200_000) + "</p><p title=\"" + "x".repeat(1_000_000) + "\">"
                + "Dockworkers in the harbour went on strike on Monday, the union said in a statement.</p></body></html>";
        assertThat(OneArticle.fromPage(html).body()).contains("Dockworkers in the harbour went on strike");
    }
}
