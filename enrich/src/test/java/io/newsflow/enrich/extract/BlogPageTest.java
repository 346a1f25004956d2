package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.DateSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 003: a blog front page with seven posts, six of them closed by an "Author: | Date: | Permalink" footer. */
class BlogPageTest {

    private final List<ExtractedArticle> posts = Seeds.extract(Seeds.BLOG_SEVEN_POSTS);

    @Test
    void splitsIntoSevenPostsInPageOrder() {
        assertThat(posts).extracting(ExtractedArticle::title).containsExactly(
                "Defector claims US agreed to let thousands of Islamic State fighters leave Raqqa",
                "Israeli armed raid in Syria reportedly led to US banning laptops on some flights",
                "Despite retreat, ISIS still earns $50 million a year from oil, says expert",
                "Analysis: West should prepare for chemical attacks by the Islamic State",
                "French-Swiss firm allegedly bribed Islamic State to keep its factory working in Syria",
                "Saudis say they busted spy ring, foiled suicide attack on defense ministry",
                "CIA warned Barcelona police two months ago about possible Islamist attack");
    }

    @Test
    void eachFooterGivesBylineAndDateToThePostAboveIt() {
        assertThat(posts).extracting(ExtractedArticle::bylines).containsExactly(
                List.of("Ian Allen"), List.of("Joseph Fitsanakis"), List.of("Joseph Fitsanakis"), List.of(),
                List.of("Joseph Fitsanakis"), List.of("Ian Allen"), List.of("Joseph Fitsanakis"));
        assertThat(posts).extracting(a -> a.published() == null ? null : a.published().toString()).containsExactly(
                "2017-12-08", "2017-11-27", "2017-11-08", null, "2017-09-25", "2017-09-14", "2017-08-18");
    }

    @Test
    void thePostWithoutFooterBorrowsNothingFromItsNeighbours() {
        ExtractedArticle excerpt = posts.get(3);
        assertThat(excerpt.bylines()).isEmpty();
        assertThat(excerpt.published()).isNull();
        assertThat(excerpt.publishedSource()).isEqualTo(DateSource.NONE);
    }

    @Test
    void footerDatesAreMarkedAsFooter() {
        assertThat(posts).filteredOn(p -> p.published() != null)
                .extracting(ExtractedArticle::publishedSource).containsOnly(DateSource.FOOTER);
    }

    @Test
    void readMoreTeaserIsCutFromTheExcerpt() {
        ExtractedArticle excerpt = posts.get(3);
        assertThat(excerpt.body()).doesNotContain("Read more of this post");
        assertThat(excerpt.paragraphs().get(excerpt.paragraphs().size() - 1))
                .endsWith("But the Islamic State is different.");
    }

    @Test
    void footersAndAdvertisementsAreNotBody() {
        assertThat(posts).allSatisfy(p -> assertThat(p.body())
                .doesNotContain("Author:", "Permalink", "Advertisements"));
    }

    @Test
    void imageAltTextGluedToEachFirstSentenceIsRepaired() {
        assertThat(posts).extracting(p -> p.paragraphs().get(0).substring(0, 12)).containsExactly(
                "A senior for", "A temporary ", "Despite its ", "A German new", "The world’s ", "Officials in",
                "The United S");
        assertThat(posts).allSatisfy(p -> assertThat(p.paragraphs().get(0))
                .doesNotContain("SyriaA", "AsiriA", "terrorismA", "LafargeHolcimThe", "forcesOfficials"));
    }

    @Test
    void eachPostKeepsItsOwnParagraphsOnly() {
        assertThat(posts).extracting(p -> p.paragraphs().size()).containsExactly(4, 3, 3, 3, 4, 4, 3);
        assertThat(posts.get(0).body()).doesNotContain("Vanity Fair");
        assertThat(posts.get(6).body()).contains("El Periódico").doesNotContain("Saudi");
    }
}
