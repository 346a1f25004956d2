package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text dumps whose article is interrupted, copied or followed by other stories. */
class TextBodyBlocksTest {

    private static final String LEAD = """
            Dock workers walk out over automation plans
            Dock workers at the city's container terminal walked out on Tuesday morning, saying the port authority's plan to automate the cranes would cost hundreds of jobs within five years.
            The union said the strike would last at least three days and that ships already in the harbour would not be unloaded until the authority agreed to talks on the plan.
            """;
    private static final String REST = """
            The port authority said it regretted the walkout and that automation was needed to keep the terminal competitive with the larger ports along the coast.
            Shipping companies warned that a long strike would push cargo to other ports, and that some of it might never come back to the city.
            """;

    private static String body(String dump) {
        List<ExtractedArticle> articles = new ArticleExtractor().extract("page.txt", "text/plain", dump);
        assertThat(articles).hasSize(1);
        return articles.get(0).body();
    }

    @Test
    void theArticleGoesOnBelowAWidgetThatInterruptsIt() {
        // six furniture lines weigh more than the prose below them: only the gap rule keeps it
        String widget = """
                Advertisement
                Share this
                Facebook Twitter Email
                Print this
                Sign up
                Read more
                """;
        assertThat(body(LEAD + widget + REST)).contains("walked out on Tuesday", "Shipping companies warned")
                .doesNotContain("Advertisement", "Facebook");
    }

    @Test
    void aListOfOtherStoriesBelowTheArticleIsNotBody() {
        String others = """
                More Harbour Gazette
                harbour-fire.jpg
                Fire destroys warehouse on the north quay
                Jane Roe
                Firefighters fought a blaze in a warehouse on the north quay through the night, and the cause is not yet known.
                Ferry fares to rise in spring
                John Doe
                The ferry company said fares would rise by eight percent in March because of the higher price of fuel.
                """;
        assertThat(body(LEAD + REST + others)).contains("Shipping companies warned")
                .doesNotContain("Firefighters", "ferry company");
    }

    @Test
    void theArticleResumesBelowARelatedArticlesBox() {
        String related = """
                Related articles
                Fire destroys warehouse on the north quay
                Ferry fares to rise in spring
                """;
        assertThat(body(LEAD + related + REST)).contains("walked out on Tuesday", "Shipping companies warned")
                .doesNotContain("Ferry fares");
    }

    @Test
    void aPageThatCarriesItsArticleTwiceGivesItOnce() {
        String menu = """
                Home
                News
                Sport
                Business
                Weather
                Contact us
                Terms of use
                Privacy policy
                """;
        String body = body(LEAD + REST + menu + LEAD + REST + menu);
        assertThat(body).contains("walked out on Tuesday", "Shipping companies warned");
        assertThat(body.split("walked out on Tuesday", -1)).hasSize(2);
    }
}
