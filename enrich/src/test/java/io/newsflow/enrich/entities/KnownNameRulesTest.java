package io.newsflow.enrich.entities;

import static io.newsflow.schemas.EntityType.LOCATION;
import static io.newsflow.schemas.EntityType.ORGANIZATION;
import static io.newsflow.schemas.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.schemas.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Span, type and place corrections, and the missed-mention rules, on hand-made mentions (no CoreNLP). */
class KnownNameRulesTest {
    private final KnownNameRules rules = new KnownNameRules(KnownNames.shipped());
    private final MissedMentions missed = new MissedMentions(KnownNames.shipped());

    @Test
    void aMentionGrowsToTheKnownNameItStarts() {
        String body = "The convoy went to Deir ez-Sor, an Islamic State stronghold.";

        List<Mention> fixed = rules.apply("", body, List.of(mention(body, "Deir", PERSON), mention(body, "Islamic", EntityType.MISC)));

        assertThat(fixed).extracting(Mention::text, Mention::type)
                .containsExactly(tuple("Deir ez-Sor", LOCATION), tuple("Islamic State", ORGANIZATION));
    }

    @Test
    void curatedNewspapersAreOrganisations() {
        String body = "The Catalan newspaper El Periódico reported it.";

        assertThat(rules.apply("", body, List.of(mention(body, "El Periódico", PERSON))))
                .extracting(Mention::type).containsExactly(ORGANIZATION);
    }

    @Test
    void aPlaceTaggedPersonIsALocationAfterAPlacePreposition() {
        String body = "Fighters left Mosul. They fled to Mosul.";

        assertThat(rules.apply("", body, List.of(mention(body, "Mosul", PERSON), mentionAfter(body, "to ", "Mosul", PERSON))))
                .extracting(Mention::type).containsExactly(LOCATION, LOCATION);
    }

    @Test
    void aPlaceThatIsPartOfAPersonsNameStaysAPerson() {
        String body = "Michael Jordan flew to Jordan.";

        assertThat(rules.apply("", body, List.of(mention(body, "Michael Jordan", PERSON), mentionAfter(body, "to ", "Jordan", PERSON))))
                .extracting(Mention::type).containsExactly(PERSON, PERSON);
    }

    @Test
    void aPlaceWithoutPlaceContextStaysAsTagged() {
        String body = "Florence said no.";

        assertThat(rules.apply("", body, List.of(mention(body, "Florence", PERSON)))).extracting(Mention::type).containsExactly(PERSON);
    }

    @Test
    void isIsTheIslamicStateOnlyWhereTheArticleNamesIt() {
        String body = "Islamic State fighters left. IS leaders met. THIS IS LOUD.";
        String other = "IS leaders met.";

        assertThat(missed.add("", body, List.of(mention(body, "Islamic State", ORGANIZATION))))
                .extracting(Mention::text, Mention::start)
                .containsExactly(tuple("Islamic State", 0), tuple("IS", body.indexOf("IS leaders")));
        assertThat(missed.add("", other, List.of())).isEmpty();
    }

    @Test
    void untaggedRepeatsAndSurnamesAreAdded() {
        String body = "Talal Silo left Raqqa. Silo said fighters could not approach Raqqa due to fighting.";

        List<Mention> all = missed.add("", body, List.of(mention(body, "Talal Silo", PERSON), mention(body, "Raqqa", LOCATION)));

        assertThat(all).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Talal Silo", PERSON), tuple("Raqqa", LOCATION), tuple("Silo", PERSON), tuple("Raqqa", LOCATION));
    }

    @Test
    void aRepeatInsideALongerCapitalisedNameIsLeftAlone() {
        String body = "Raqqa fell. The group Raqqa Is Being Slaughtered Silently said so.";

        assertThat(missed.add("", body, List.of(mention(body, "Raqqa", LOCATION)))).hasSize(1);
    }

    @Test
    void multiWordPlacesAreTaggedOnSight() {
        String body = "near the city of Deir ez-Zor at a time";

        assertThat(missed.add("", body, List.of())).extracting(Mention::text, Mention::type)
                .containsExactly(tuple("Deir ez-Zor", LOCATION));
    }

    private static Mention mention(String body, String text, EntityType type) {
        int start = body.indexOf(text);
        return new Mention(type, start, start + text.length(), text, false);
    }

    private static Mention mentionAfter(String body, String before, String text, EntityType type) {
        int start = body.indexOf(before + text) + before.length();
        return new Mention(type, start, start + text.length(), text, false);
    }
}
