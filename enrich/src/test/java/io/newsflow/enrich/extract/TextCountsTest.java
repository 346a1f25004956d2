package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TextCountsTest {

    private final Document page = Jsoup.parse("""
            <div id="menu"><a href="/">Home</a> <a href="/world">World news</a></div>
            <div id="story"><p>The strike  began at <a href="/dawn">dawn</a>.</p><p>It ended\u00A0at noon.</p></div>""");
    private final TextCounts counts = TextCounts.of(page.body());

    @Test
    void visibleCharactersAreCountedWithoutWhitespace() {
        assertThat(counts.chars(page.getElementById("story"))).isEqualTo("Thestrikebeganatdawn.Itendedatnoon.".length());
        assertThat(counts.chars(page.body())).isEqualTo(counts.chars(page.getElementById("menu"))
                + counts.chars(page.getElementById("story")));
    }

    @Test
    void linkDensityIsTheShareInsideLinks() {
        assertThat(counts.density(page.getElementById("menu"))).isEqualTo(1.0);
        assertThat(counts.density(page.getElementById("story"))).isCloseTo(4.0 / 35, within(1e-9));
        assertThat(counts.density(page.selectFirst("p:last-child"))).isZero();
    }
}
