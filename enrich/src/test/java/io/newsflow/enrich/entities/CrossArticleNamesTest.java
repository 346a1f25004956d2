package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.Entity;
import io.newsflow.schemas.EntityMention;
import io.newsflow.schemas.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossArticleNamesTest {
    private final Map<String, String> aliases = new HashMap<>();

    private void learnFrom(Entity... entities) {
        for (CrossArticleNames.Alias alias : CrossArticleNames.learn(List.of(entities), aliases::get)) {
            aliases.put(alias.key(), alias.canonicalName());
        }
    }

    @Test
    void aSurnameAloneTakesTheFullNameAnEarlierArticleGave() {
        learnFrom(entity(EntityType.PERSON, "Bashar al-Assad", 0.9, "Bashar al-Assad", "Assad"));
        List<Entity> resolved = CrossArticleNames.resolve(List.of(entity(EntityType.PERSON, "Assad", 1.0, "Assad")),
                aliases::get);
        assertThat(resolved).extracting(Entity::getCanonicalName).containsExactly("Bashar al-Assad");
        assertThat(resolved.get(0).getSurfaceForms()).containsExactly("Assad");
    }

    @Test
    void aSpellingWithoutTheParticleTakesTheFirstSeenSpelling() {
        learnFrom(entity(EntityType.PERSON, "Bashar al-Assad", 1.0, "Bashar al-Assad"));
        assertThat(CrossArticleNames.resolve(List.of(entity(EntityType.PERSON, "Bashar Assad", 1.0, "Bashar Assad")),
                aliases::get)).extracting(Entity::getCanonicalName).containsExactly("Bashar al-Assad");
    }

    @Test
    void anAcronymAloneTakesItsExpansion() {
        learnFrom(entity(EntityType.ORGANIZATION, "Syrian Democratic Forces", 1.0, "Syrian Democratic Forces", "SDF"));
        assertThat(CrossArticleNames.resolve(List.of(entity(EntityType.ORGANIZATION, "SDF", 1.0, "SDF")), aliases::get))
                .extracting(Entity::getCanonicalName).containsExactly("Syrian Democratic Forces");
    }

    @Test
    void aSurnameTwoPeopleShareIsLeftAlone() {
        learnFrom(entity(EntityType.PERSON, "Bashar al-Assad", 1.0, "Bashar al-Assad"));
        learnFrom(entity(EntityType.PERSON, "Hafez al-Assad", 1.0, "Hafez al-Assad"));
        assertThat(CrossArticleNames.resolve(List.of(entity(EntityType.PERSON, "Assad", 1.0, "Assad")), aliases::get))
                .extracting(Entity::getCanonicalName).containsExactly("Assad");
    }

    @Test
    void aTypeIsNeverCrossedAndUnknownNamesStay() {
        learnFrom(entity(EntityType.PERSON, "Talal Silo", 1.0, "Talal Silo"));
        assertThat(CrossArticleNames.resolve(List.of(entity(EntityType.ORGANIZATION, "Silo", 1.0, "Silo"),
                entity(EntityType.LOCATION, "Raqqa", 0.5, "Raqqa")), aliases::get))
                .extracting(Entity::getCanonicalName).containsExactly("Silo", "Raqqa");
    }

    @Test
    void twoEntitiesThatTurnOutToBeOneAreMerged() {
        learnFrom(entity(EntityType.PERSON, "Faisal Mekdad", 1.0, "Faisal Mekdad"));
        Entity surname = entity(EntityType.PERSON, "Mekdad", 0.4, "Mekdad");
        Entity spelled = entity(EntityType.PERSON, "Faisal Mekdad", 0.9, "Faisal Mekdad");
        List<Entity> resolved = CrossArticleNames.resolve(List.of(spelled, surname), aliases::get);
        assertThat(resolved).hasSize(1);
        assertThat(resolved.get(0).getCount()).isEqualTo(2);
        assertThat(resolved.get(0).getSurfaceForms()).containsExactly("Faisal Mekdad", "Mekdad");
        assertThat(resolved.get(0).getSalience()).isEqualTo(0.9);
    }

    private static Entity entity(EntityType type, String canonical, double salience, String... forms) {
        return Entity.newBuilder().setType(type).setCanonicalName(canonical).setSurfaceForms(List.of(forms))
                .setMentions(List.of(new EntityMention(0, forms[0].length(), forms[0]))).setCount(1)
                .setSalience(salience).build();
    }
}
