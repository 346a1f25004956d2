package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The headline and byline of a text dump sit just above the article, below the page's menus. */
class TextHeadlineTest {

    private static final String BODY = """
            Dock workers at the city's container terminal walked out on Tuesday morning, saying the port authority's plan to automate the cranes would cost hundreds of jobs.
            The union said the strike would last at least three days and that ships already in the harbour would not be unloaded until the authority agreed to talks.
            The port authority said it regretted the walkout and that automation was needed to keep the terminal competitive with the larger ports along the coast.
            """;

    private static ExtractedArticle article(String dump) {
        return OneArticle.fromText(dump);
    }

    @Test
    void captionsAddressesAndReadingTimesAreNoHeadlines() {
        String dump = """
                Dock workers walk out over the crane automation plans
                Image: Dock workers at the terminal gate where the strike over the cranes began
                Dock workers at the container terminal strike over cranes (Harbour Gazette/J. Smith)
                www.harbourgazette.com/dock-workers-strike-cranes
                Dock workers strike: a 5 min read on the cranes
                """ + BODY;
        assertThat(article(dump).title()).isEqualTo("Dock workers walk out over the crane automation plans");
    }

    @Test
    void aSectionGluedToTheHeadlineIsNoPartOfIt() {
        String dump = """
                Home
                Business|Dock workers walk out over the crane automation plans
                """ + BODY;
        assertThat(article(dump).title()).isEqualTo("Dock workers walk out over the crane automation plans");
    }

    @Test
    void aHeadlineThatPlaysOnWordsIsTheLineOverTheByline() {
        String dump = """
                Home
                Business
                Trouble on the waterfront: who runs the harbour now?
                A long-running dispute comes to a head as the port modernises.
                By Jane Doe
                1 day ago
                """ + BODY;
        ExtractedArticle a = article(dump);
        assertThat(a.title()).isEqualTo("Trouble on the waterfront: who runs the harbour now?");
        assertThat(a.bylines()).containsExactly("Jane Doe");
    }

    @Test
    void withoutABylineAHeadlineSharingNoWordsIsNoneFound() {
        String dump = """
                Home
                Business
                Trouble on the waterfront: who runs the harbour now?
                """ + BODY;
        assertThat(article(dump).title()).isNull();
    }

    @Test
    void aBodyThatOpensWithItsHeadlineHasItTakenOut() {
        String dump = """
                Home
                World
                Dock workers walk out at the terminal over the cranes: ‘The authority never asked us’
                """ + BODY;
        ExtractedArticle a = article(dump);
        assertThat(a.title()).isEqualTo("Dock workers walk out at the terminal over the cranes: ‘The authority never asked us’");
        assertThat(a.paragraphs().get(0)).startsWith("Dock workers at the city's container terminal");
    }

    @Test
    void theHeadlineIsTheLineAboveTheStoryThatAnnouncesIt() {
        String dump = """
                Advertise with Us
                Privacy Notice
                Skip to Article
                Harbour Gazette Weekend Edition
                Dock workers walk out over crane automation plans
                Share this with Facebook
                Back to Gallery
                Dock workers gather at the terminal gate
                """ + BODY;
        assertThat(article(dump).title()).isEqualTo("Dock workers walk out over crane automation plans");
    }

    @Test
    void aNameTwiceInARowAboveTheStoryIsItsByline() {
        String dump = """
                Privacy Notice
                TV Listings
                Dock workers walk out over crane automation plans
                Jane Roe
                Jane Roe
                """ + BODY + """
                Privacy Notice
                TV Listings
                """;
        ExtractedArticle article = article(dump);
        assertThat(article.bylines()).containsExactly("Jane Roe");
        assertThat(article.title()).isEqualTo("Dock workers walk out over crane automation plans");
    }

    @Test
    void menuItemsThePageRepeatsAreNoByline() {
        String dump = """
                Privacy Notice
                TV Listings
                Dock workers walk out over crane automation plans
                """ + BODY + """
                Privacy Notice
                TV Listings
                """;
        assertThat(article(dump).bylines()).isEmpty();
    }

    @Test
    void theDateIsTheDateLineNearestTheStoryNotTheMastheadsToday() {
        String dump = """
                Wednesday, November 20, 2019
                Privacy Notice
                Dock workers walk out over crane automation plans
                By Jane Roe
                November 18, 2019
                """ + BODY;
        assertThat(article(dump).published()).hasToString("2019-11-18");
    }

    @Test
    void aDateLineUnderTheStandfirstIsTheDate() {
        String dump = """
                Dock workers walk out over crane automation plans
                The strike at the container terminal could last days, and the union says it will not talk before the plan is dropped.
                Nov. 19, 2019, 8:41 AM UTC
                By Jane Roe
                """ + BODY;
        assertThat(article(dump).published().day()).hasToString("2019-11-19");
    }

    @Test
    void codeFormulasFiguresAndCopyrightLinesAreNoHeadlines() {
        for (String notAHeadline : List.of("<script src=\"widget.js\" data-cover></script>",
                "{\\displaystyle v^{H}Av} holds for every vector", "18.2/km2 (47.1/sq mi) (203rd)",
                "harbour-gazette.example © 1996-2019 Harbour Gazette")) {
            String dump = notAHeadline + "\n" + BODY;
            assertThat(article(dump).title()).as(notAHeadline).isNotEqualTo(notAHeadline);
        }
    }
}
