package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.schemas.Entity;
import io.newsflow.schemas.EntityMention;
import io.newsflow.schemas.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five seed files as the enrich stage sees them: extraction first, then recognition. */
class SeedEntitiesTest {
    private static final List<String> SEEDS = List.of("000_463387caab54acbb.txt", "001_f18cba78f42df3c7.txt",
            "002_412b416cda2e9571.txt", "003_42d5ccc6b8b7353e.txt", "004_a8f44b1e7800c4a3.txt");

    private static List<List<Entity>> articles;

    @BeforeAll
    static void recognise() throws IOException {
        EntityRecognizer recognizer = EntityRecognizer.load();
        ArticleExtractor extractor = new ArticleExtractor();
        List<List<Entity>> found = new ArrayList<>();
        for (String seed : SEEDS) {
            for (ExtractedArticle article : extractor.extract(seed, "text/plain", seed(seed))) {
                found.add(recognizer.recognize(article.title(), article.body()).entities());
            }
        }
        articles = found;
    }

    @Test
    void islamicStateSpellingsAreOneOrganisation() {
        // seed 004 writes ISIS, ISIL, IS and Islamic State
        Entity is = named(articles.get(articles.size() - 1), "Islamic State");

        assertThat(is.getType()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(is.getSurfaceForms()).contains("ISIS", "ISIL", "IS", "Islamic State");
        assertThat(articles.get(articles.size() - 1)).filteredOn(e -> e.getSurfaceForms().contains("IS")).hasSize(1);
    }

    @Test
    void isIsTaggedOnceTheArticleNamesTheIslamicState() {
        // seed 001: "Islamic State convoys", then eight "IS"
        Entity is = named(articles.get(1), "Islamic State");

        assertThat(is.getSurfaceForms()).containsExactly("Islamic State", "IS");
        assertThat(is.getCount()).isEqualTo(9);
    }

    @Test
    void unitedStatesSpellingsAreOnePlace() {
        assertThat(named(articles.get(1), "United States").getSurfaceForms()).containsExactlyInAnyOrder("U.S.", "United States");
        assertThat(named(articles.get(3), "United States").getSurfaceForms()).containsExactlyInAnyOrder("US", "United States");
        assertThat(articles).flatMap(a -> a).filteredOn(e -> e.getSurfaceForms().stream().anyMatch(s -> s.matches("US|U\\.S\\.|USA")))
                .extracting(Entity::getCanonicalName).containsOnly("United States");
    }

    @Test
    void placesGetTheirTypeAndOneNameAcrossArticles() {
        Entity raqqa = named(articles.get(3), "Raqqa");
        assertThat(raqqa.getType()).isEqualTo(EntityType.LOCATION);
        // every "Raqqa" of the body, although the models tag two PERSON and one not at all
        assertThat(raqqa.getCount()).isEqualTo(7);
        // seed 001 spells it "Raqqah"
        assertThat(named(articles.get(1), "Raqqa").getSurfaceForms()).containsExactly("Raqqah");

        Entity deirEzSor = named(articles.get(3), "Deir ez-Zor");
        assertThat(deirEzSor.getType()).isEqualTo(EntityType.LOCATION);
        assertThat(deirEzSor.getSurfaceForms()).containsExactly("Deir ez-Sor");
        assertThat(named(articles.get(1), "Deir ez-Zor").getType()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void newspapersAreOrganisations() {
        assertThat(named(articles.get(7), "Le Monde").getType()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(articles.get(9), "El Periódico").getType()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(articles.get(10), "Charlie Hebdo").getType()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void noBoilerplateIsTaggedAsAnEntity() {
        // the blog seed's share bar ("Twitter Facebook Myspace ...") and footers never reach NER
        assertThat(articles).flatMap(a -> a).flatExtracting(Entity::getMentions).extracting(EntityMention::getText)
                .noneMatch(text -> text.contains("Myspace") || text.contains("Facebook") || text.contains("Reddit"));
    }

    private static Entity named(List<Entity> entities, String canonicalName) {
        return entities.stream().filter(e -> e.getCanonicalName().equals(canonicalName)).findFirst()
                .orElseThrow(() -> new AssertionError(canonicalName + " not among "
                        + entities.stream().map(e -> e.getType() + " " + e.getCanonicalName()).toList()));
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = SeedEntitiesTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
