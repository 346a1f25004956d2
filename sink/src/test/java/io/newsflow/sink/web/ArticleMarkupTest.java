package io.newsflow.sink.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.sink.StoredArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleMarkupTest {
    private static StoredArticle.Entity entity(String type, String name, int... offsets) {
        List<StoredArticle.Mention> mentions = new java.util.ArrayList<>();
        for (int i = 0; i < offsets.length; i += 2) {
            mentions.add(new StoredArticle.Mention(offsets[i], offsets[i + 1]));
        }
        return new StoredArticle.Entity(type, name, mentions.size(), mentions);
    }

    @Test
    void marksMentionsAndEscapesTheTextAroundAndInside() {
        String body = "<b>Assad</b> met Putin & Assad.";
        String html = ArticleMarkup.mark(body, List.of(entity("PERSON", "Bashar al-Assad", 3, 8, 25, 30),
                entity("PERSON", "Vladimir Putin", 17, 22)), e -> "/?person=" + e.canonicalName() + "&x=\"");
        assertThat(html).isEqualTo("&lt;b&gt;"
                + "<mark class=\"entity person\" title=\"PERSON: Bashar al-Assad\"><a href=\"/?person=Bashar al-Assad&amp;x=&quot;\">Assad</a></mark>"
                + "&lt;/b&gt; met "
                + "<mark class=\"entity person\" title=\"PERSON: Vladimir Putin\"><a href=\"/?person=Vladimir Putin&amp;x=&quot;\">Putin</a></mark>"
                + " &amp; "
                + "<mark class=\"entity person\" title=\"PERSON: Bashar al-Assad\"><a href=\"/?person=Bashar al-Assad&amp;x=&quot;\">Assad</a></mark>.");
    }

    @Test
    void leavesOverlappingAndOutOfRangeMentionsUnmarked() {
        String body = "Islamic State fighters";
        String html = ArticleMarkup.mark(body, List.of(entity("MISC", "Islamic", 0, 7),
                entity("ORGANIZATION", "Islamic State", 0, 13), entity("LOCATION", "Nowhere", 20, 40, 5, 5)), e -> "/");
        assertThat(html).isEqualTo("<mark class=\"entity organization\" title=\"ORGANIZATION: Islamic State\">"
                + "<a href=\"/\">Islamic State</a></mark> fighters");
    }
}
