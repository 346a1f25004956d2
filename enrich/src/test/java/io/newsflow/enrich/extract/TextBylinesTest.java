package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Bylines and datelines near the title of a text dump. */
class TextBylinesTest {

    private static final String BODY = """
            Dock workers at the city's container terminal walked out on Tuesday morning, saying the port authority's plan to automate the cranes would cost hundreds of jobs within five years.
            The union said the strike would last at least three days and that ships already in the harbour would not be unloaded until the authority agreed to talks on the plan.
            """;

    private static ExtractedArticle article(String dump) {
        return new ArticleExtractor().extract("page.txt", "text/plain", dump).get(0);
    }

    @Test
    void twoAuthorsAfterBy() {
        ExtractedArticle a = article("Dock workers walk out over the automation plans\nBy Jane Doe and John Roe\n" + BODY);
        assertThat(a.bylines()).containsExactly("Jane Doe", "John Roe");
        assertThat(a.title()).isEqualTo("Dock workers walk out over the automation plans");
    }

    @Test
    void aBylineBoxUnderTheStandfirstAndCaption() {
        String dump = """
                Home
                Dock workers walk out over the automation plans
                The port authority's plan to automate the cranes would cost hundreds of jobs along the waterfront, the union says, and it means to stop it before the first crane arrives.
                Dock workers at the terminal gate on Tuesday morning, where the strike over the new cranes began after the night shift walked out.
                Dock workers at the terminal gate on Tuesday.Credit...John Smith/The Harbour Gazette
                Jane Doe
                By Jane Doe
                阅读简体中文版閱讀繁體中文版
                """ + BODY;
        ExtractedArticle a = article(dump);
        assertThat(a.bylines()).containsExactly("Jane Doe");
        assertThat(a.paragraphs()).first().asString().startsWith("Dock workers at the city's container terminal");
    }

    @Test
    void postedByWithADate() {
        ExtractedArticle a = article(
                "Dock workers walk out over the automation plans\nPosted by Michael Smith on November 19, 2019\n" + BODY);
        assertThat(a.bylines()).containsExactly("Michael Smith");
        assertThat(a.published()).hasToString("2019-11-19");
    }

    @Test
    void aByLineWithItsDateAndTimeMayRunLong() {
        ExtractedArticle a = article("Dock workers walk out over the automation plans\n"
                + "Posted by Michael David Smith on November 19, 2019, 6:21 AM PST\n" + BODY);
        assertThat(a.bylines()).containsExactly("Michael David Smith");
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2019-11-19T14:21:00Z"));
    }

    @Test
    void aLongLineWithoutByIsNoByline() {
        ExtractedArticle a = article("Dock workers walk out over the automation plans\n"
                + "Michael David Smith, Harbour Gazette senior correspondent for the port and its unions, in Kingston\n"
                + BODY);
        assertThat(a.bylines()).isEmpty();
    }

    @Test
    void aHeadlineSetLikeASentenceStaysOutOfTheBodyAboveALoneBy() {
        ExtractedArticle a = article("Is the crane automation plan a threat to every dock worker?\n"
                + "The union says the port authority never asked the people who would lose their jobs.\n"
                + "By\nJane Doe\n" + BODY);
        assertThat(a.title()).isEqualTo("Is the crane automation plan a threat to every dock worker?");
        assertThat(a.bylines()).containsExactly("Jane Doe");
        assertThat(a.paragraphs().get(0)).startsWith("Dock workers at the city's container terminal");
    }

    @Test
    void aNameWithItsOutletOverItsDateUnderTheHeadline() {
        ExtractedArticle a = article("Dock workers walk out over the automation plans\n"
                + "Jane Doe, Harbour News\n19.11.2019, 08:57\n" + BODY);
        assertThat(a.bylines()).containsExactly("Jane Doe");
        assertThat(article("Dock workers walk out over the automation plans\nPolitics, Harbour News\n19.11.2019, 08:57\n"
                + BODY).bylines()).isEmpty();
    }

    @Test
    void agencyCreditAboveTheHeadlineIsNotTheTitle() {
        ExtractedArticle a = article("Jane Doe | Reuters\nDock workers walk out over the automation plans\n" + BODY);
        assertThat(a.bylines()).containsExactly("Jane Doe");
        assertThat(a.title()).isEqualTo("Dock workers walk out over the automation plans");
    }

    @Test
    void aNameUnderALoneByOrOverItsHandle() {
        assertThat(article("Dock workers walk out over the automation plans\nBy\nJane Doe\n" + BODY).bylines())
                .containsExactly("Jane Doe");
        assertThat(article("Dock workers walk out over the automation plans\nJane Doe\n@janedoe\n" + BODY).bylines())
                .containsExactly("Jane Doe");
        assertThat(article("Dock workers walk out over the automation plans\nJane Doe@JaneDoe\n" + BODY).bylines())
                .containsExactly("Jane Doe");
    }

    @Test
    void theLineUnderALoneByReadsAsTheRestOfAByLine() {
        assertThat(article("Dock workers walk out over the automation plans\n\nBy\n\nJane Doe | Harbour Media for harbour.com\n\n"
                + BODY).bylines()).containsExactly("Jane Doe");
        assertThat(article("Dock workers walk out over the automation plans\n\nBy\n\nJane Doe November 19, 2019, 07:47 PM EST\n\n"
                + BODY).bylines()).containsExactly("Jane Doe");
        assertThat(article("Dock workers walk out over the automation plans\nBy\nJane Doe@HarbourWatch\n" + BODY).bylines())
                .containsExactly("Jane Doe");
    }

    @Test
    void aBylineUnderTheStandfirstStartsTheArticle() {
        String standfirst = "The union says the port authority's automation plan would cost hundreds of jobs within five years.";
        ExtractedArticle a = article("Dock workers walk out over the automation plans\n" + standfirst
                + "\nBy Jane Doe November 19, 2019\n" + BODY);
        assertThat(a.bylines()).containsExactly("Jane Doe");
        assertThat(a.published()).hasToString("2019-11-19");
        assertThat(a.paragraphs().get(0)).startsWith("Dock workers at the city's container terminal");
        assertThat(a.title()).isEqualTo("Dock workers walk out over the automation plans");
    }

    @Test
    void aDateLineWithoutItsYearIsInTheCopyrightsYear() {
        ExtractedArticle a = article("Dock workers walk out over the automation plans\n\nPosted Nov 18, 8:19 PM\n\n" + BODY
                + "\n© 2019 Harbour Gazette. All rights reserved.\n");
        assertThat(a.published()).hasToString("2019-11-18");
        assertThat(article("Dock workers walk out over the automation plans\n\nPosted Nov 18, 8:19 PM\n\n" + BODY).published())
                .isNull();
    }

    @Test
    void aPlaceOrAMenuUnderTheHeadlineIsNoByline() {
        assertThat(article("Dock workers walk out over the automation plans\nMiddle East\nWorld News\n" + BODY).bylines())
                .isEmpty();
        assertThat(article("Dock workers walk out over the automation plans\nPrevious Post\n5 Min Read\n" + BODY).bylines())
                .isEmpty();
    }

    @Test
    void severalNamesAndTheirOutletUnderTheHeadline() {
        assertThat(article("Dock workers walk out over the automation plans\nJane Doe and John Roe\nHarbour Gazette\n"
                + "Published 10:02 AM EST Nov 19, 2019\n" + BODY).bylines()).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void aLeadEndingInAQuotationIsNoHeadline() {
        ExtractedArticle a = article("The mayor called the new park budget “a win for every family in the city.”\n" + BODY);
        assertThat(a.paragraphs().get(0)).startsWith("The mayor called");
    }

    @Test
    void aNameRightUnderTheHeadline() {
        ExtractedArticle a = article("Dock workers walk out over the automation plans\nJane Doe\n5 Min Read\n" + BODY);
        assertThat(a.bylines()).containsExactly("Jane Doe");
        assertThat(a.title()).isEqualTo("Dock workers walk out over the automation plans");
    }

    @Test
    void aBylineBetweenTheHeadlineAndTheBodyIsFoundPastAGallery() {
        StringBuilder gallery = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            gallery.append("Image\n").append(i).append(" of 10\n");
        }
        ExtractedArticle a = article("Dock workers walk out over the automation plans\nJane Doe, Staff Writer\n" + gallery + BODY);
        assertThat(a.bylines()).containsExactly("Jane Doe");
    }
}
