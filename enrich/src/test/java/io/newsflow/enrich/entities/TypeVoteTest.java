package io.newsflow.enrich.entities;

import static io.newsflow.schemas.EntityType.LOCATION;
import static io.newsflow.schemas.EntityType.MISC;
import static io.newsflow.schemas.EntityType.ORGANIZATION;
import static io.newsflow.schemas.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeVoteTest {

    @Test
    void theMajorityTypeWins() {
        List<Mention> voted = TypeVote.apply(List.of(
                mention("Raqqa", PERSON), mention("Raqqa", LOCATION), mention("Raqqa", LOCATION), mention("Silo", PERSON)));

        assertThat(voted).extracting(Mention::type).containsExactly(LOCATION, LOCATION, LOCATION, PERSON);
    }

    @Test
    void onATiePersonLoses() {
        List<Mention> voted = TypeVote.apply(List.of(mention("Muslim", PERSON), mention("Muslim", MISC)));

        assertThat(voted).extracting(Mention::type).containsExactly(MISC, MISC);
    }

    @Test
    void otherwiseATieKeepsTheFirstType() {
        List<Mention> voted = TypeVote.apply(List.of(mention("EU", ORGANIZATION), mention("EU", LOCATION)));

        assertThat(voted).extracting(Mention::type).containsExactly(ORGANIZATION, ORGANIZATION);
    }

    private static Mention mention(String text, EntityType type) {
        return new Mention(type, 0, text.length(), text, false);
    }
}
