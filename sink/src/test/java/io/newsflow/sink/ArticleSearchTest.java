package io.newsflow.sink;

import static io.newsflow.sink.TestArchive.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.embedded.TestServices;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.EntityType;
import io.newsflow.sink.TestArchive.Named;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;

/** Filters, facets, snippets, article view and trends against a real OpenSearch node. */
class ArticleSearchTest {
    private static final String INDEX = "news-articles-searchtest";
    private static ArticleSearch search;

    @BeforeAll
    static void indexArticles() throws Exception {
        OpenSearchClient client = SearchStore.connect(TestServices.openSearch().httpUrl(), null, null);
        TestArchive.index(client, INDEX, List.of(
                article("a1", "Fighters left Raqqa in a convoy", null, "2017-11-13T08:00:00Z",
                        "Thousands of Islamic State fighters left Raqqa. Brett McGurk said the coalition watched.",
                        new Named(EntityType.LOCATION, "Raqqa"), new Named(EntityType.ORGANIZATION, "Islamic State"),
                        new Named(EntityType.PERSON, "Brett McGurk")),
                article("a2", "Kurdish-led forces enter Raqqa", "BBC News", "2017-10-17T10:00:00Z",
                        "Syrian Democratic Forces entered Raqqa, the former capital of Islamic State.",
                        new Named(EntityType.LOCATION, "Raqqa"), new Named(EntityType.ORGANIZATION, "Syrian Democratic Forces"),
                        new Named(EntityType.ORGANIZATION, "Islamic State")),
                article("a3", "A general crosses a river", "Le Monde", "2017-11-20T15:00:00Z",
                        "Washington crossed the Delaware on a cold night.", new Named(EntityType.PERSON, "Washington"),
                        new Named(EntityType.MISC, "Delaware")),
                article("a4", "Talks about the future of the city", "BBC News", "2017-11-25T09:00:00Z",
                        "Diplomats met in Washington to discuss Raqqa.",
                        new Named(EntityType.LOCATION, "Washington"), new Named(EntityType.LOCATION, "Raqqa")),
                article("a5", "Commanders & their escape", null, "2017-11-01T00:00:00Z",
                        "Fighters & <b>commanders</b> escaped at night.")));
        search = new ArticleSearch(client, INDEX);
    }

    @Test
    void entityFilterMatchesTheCanonicalNameOfAnyTypeOrOfTheGivenOne() throws Exception {
        assertThat(ids(SearchQuery.of(null).withEntity("Washington", null))).containsExactlyInAnyOrder("a3", "a4");
        assertThat(ids(SearchQuery.of(null).withEntity("Washington", EntityType.PERSON))).containsExactly("a3");
        assertThat(ids(SearchQuery.of(null).withEntity("Washington", EntityType.LOCATION))).containsExactly("a4");
        assertThat(ids(SearchQuery.of(null).withEntity("Raqqa", null).withEntity("Islamic State", EntityType.ORGANIZATION)))
                .containsExactlyInAnyOrder("a1", "a2");
        assertThat(ids(SearchQuery.of(null).withEntity("washington", null))).as("canonical names are exact").isEmpty();
        assertThat(ids(SearchQuery.of(null).withEntity(null, EntityType.PERSON))).containsExactlyInAnyOrder("a1", "a3");
    }

    @Test
    void sourceIsTheSiteOrTheFileName() throws Exception {
        assertThat(ids(SearchQuery.of(null).withSource("BBC News"))).containsExactlyInAnyOrder("a2", "a4");
        assertThat(ids(SearchQuery.of(null).withSource("a1.txt"))).containsExactly("a1");
        assertThat(ids(SearchQuery.of("Raqqa").withSource("BBC News"))).containsExactlyInAnyOrder("a2", "a4");
    }

    @Test
    void datesBoundPublicationInclusively() throws Exception {
        assertThat(ids(SearchQuery.of(null).withDates(LocalDate.parse("2017-11-13"), LocalDate.parse("2017-11-20"))))
                .containsExactlyInAnyOrder("a1", "a3");
        assertThat(ids(SearchQuery.of(null).withDates(null, LocalDate.parse("2017-11-01")))).containsExactlyInAnyOrder("a2", "a5");
        assertThat(ids(SearchQuery.of(null).withDates(LocalDate.parse("2017-11-21"), null))).containsExactly("a4");
    }

    @Test
    void withoutWordsEveryArticleComesNewestFirst() throws Exception {
        ArticleSearch.Results all = search.search(SearchQuery.of(" "));
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.hits()).extracting(ArticleSearch.Hit::id).containsExactly("a4", "a3", "a1", "a5", "a2");
        assertThat(all.hits().get(0).snippet()).as("the start of the body").startsWith("Diplomats met");
        assertThat(all.hits()).extracting(ArticleSearch.Hit::publishedSource).as("where each date came from")
                .containsOnly("METADATA");
    }

    @Test
    void facetsCountPeopleOrganizationsPlacesAndSourcesOfAllMatches() throws Exception {
        ArticleSearch.Results raqqa = search.search(SearchQuery.of("Raqqa").withSize(1));
        assertThat(raqqa.total()).isEqualTo(3);
        assertThat(raqqa.hits()).hasSize(1);
        assertThat(raqqa.facets()).containsOnlyKeys("people", "organizations", "places", "sources");
        assertThat(raqqa.facets().get("places")).containsExactly(new ArticleSearch.Count("Raqqa", 3),
                new ArticleSearch.Count("Washington", 1));
        assertThat(raqqa.facets().get("organizations")).startsWith(new ArticleSearch.Count("Islamic State", 2));
        assertThat(raqqa.facets().get("people")).containsExactly(new ArticleSearch.Count("Brett McGurk", 1));
        assertThat(raqqa.facets().get("sources")).containsExactly(new ArticleSearch.Count("BBC News", 2),
                new ArticleSearch.Count("a1.txt", 1));
    }

    @Test
    void snippetsAreHtmlWithTheArticleTextEscaped() throws Exception {
        String snippet = search.search("commanders", 10).get(0).snippet();
        assertThat(snippet).contains("Fighters &amp; &lt;b&gt;<em>commanders</em>&lt;").doesNotContain("<b>");
    }

    @Test
    void anArticleComesWithItsEntityMentions() throws Exception {
        StoredArticle a1 = search.article("a1").orElseThrow();
        assertThat(a1.title()).isEqualTo("Fighters left Raqqa in a convoy");
        StoredArticle.Entity raqqa = a1.entities().get(0);
        assertThat(raqqa.canonicalName()).isEqualTo("Raqqa");
        StoredArticle.Mention mention = raqqa.mentions().get(0);
        assertThat(a1.body().substring(mention.start(), mention.end())).isEqualTo("Raqqa");
        assertThat(search.article("no-such-article")).isEmpty();
        assertThat(new ArticleSearch(search(), "news-articles-none").article("a1")).isEmpty();
    }

    @Test
    void trendingCountsMentionsOfPeopleOrganizationsAndPlacesInTheDaysBeforeTheNewestArticle() throws Exception {
        List<ArticleSearch.Trend> trends = search.trending(7, 10);
        assertThat(trends.get(0)).extracting(ArticleSearch.Trend::name, ArticleSearch.Trend::mentions,
                ArticleSearch.Trend::articles).containsExactly("Washington", 2L, 2L);
        assertThat(trends).extracting(ArticleSearch.Trend::name).containsExactlyInAnyOrder("Washington", "Raqqa");
        assertThat(new ArticleSearch(search(), "news-articles-none").trending(7, 10)).isEmpty();
    }

    private static OpenSearchClient search() {
        return SearchStore.connect(TestServices.openSearch().httpUrl(), null, null);
    }

    @Test
    void aStoryPublishedJustAfterMidnightInBerlinShowsThePagesDay() throws Exception {
        OpenSearchClient client = SearchStore.connect(TestServices.openSearch().httpUrl(), null, null);
        Article berlin = Article.newBuilder(article("b1", "Streik im Hafen", null, "2019-10-15T22:04:00Z",
                "Die Hafenarbeiter in Hamburg legten die Arbeit nieder.")).setPublishedLocal("2019-10-16T00:04+02:00").build();
        TestArchive.index(client, INDEX + "-local-day", List.of(berlin));
        ArticleSearch.Hit hit = new ArticleSearch(client, INDEX + "-local-day").search(SearchQuery.of("Hafenarbeiter"))
                .hits().get(0);
        assertThat(PublicationDay.of(hit.published(), hit.publishedSource())).isEqualTo("2019-10-16");
    }

    private static List<String> ids(SearchQuery query) throws Exception {
        return search.search(query).hits().stream().map(ArticleSearch.Hit::id).toList();
    }
}
