package io.newsflow.enrich.entities;

import static io.newsflow.schemas.EntityType.LOCATION;
import static io.newsflow.schemas.EntityType.ORGANIZATION;
import static io.newsflow.schemas.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-article rules on hand-made mentions, without CoreNLP. */
class MentionMergerTest {

    @Test
    void particlesAndSurnamesJoinTheLongestFullName() {
        Body body = new Body().add("Bashar Assad", PERSON).add("met").add("Bashar al-Assad", PERSON).add("and").add("al-Assad", PERSON);

        List<MentionGroup> groups = MentionMerger.merge(body.text(), body.mentions(), KnownNames.shipped());

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.canonicalName()).isEqualTo("Bashar al-Assad");
            assertThat(g.surfaceForms()).containsExactly("Bashar Assad", "Bashar al-Assad", "al-Assad");
        });
    }

    @Test
    void aSurnameSharedByTwoNamesStaysApart() {
        Body body = new Body().add("Patrick Johnston", PERSON).add("and").add("Boris Johnston", PERSON)
                .add("said").add("Johnston", PERSON);

        assertThat(MentionMerger.merge(body.text(), body.mentions(), KnownNames.shipped())).extracting(MentionGroup::canonicalName)
                .containsExactly("Patrick Johnston", "Boris Johnston", "Johnston");
    }

    @Test
    void surnamesOnlyJoinPeople() {
        Body body = new Body().add("Donald Trump", PERSON).add("visited").add("Trump", ORGANIZATION);

        assertThat(MentionMerger.merge(body.text(), body.mentions(), KnownNames.shipped())).hasSize(2);
    }

    @Test
    void anAcronymDefinedInParenthesesJoinsItsNameWhateverItsTag() {
        Body body = new Body().add("Kurdistan Workers' Party", ORGANIZATION).add("(PKK) said the").add("PKK", LOCATION);

        assertThat(MentionMerger.merge(body.text(), body.mentions(), KnownNames.shipped())).singleElement().satisfies(g -> {
            assertThat(g.type()).isEqualTo(ORGANIZATION);
            assertThat(g.canonicalName()).isEqualTo("Kurdistan Workers' Party");
            assertThat(g.surfaceForms()).containsExactly("Kurdistan Workers' Party", "PKK");
        });
    }

    @Test
    void sameNameDifferentTypesStayApart() {
        Body body = new Body().add("Washington", LOCATION).add("and").add("Washington", PERSON);

        assertThat(MentionMerger.merge(body.text(), body.mentions(), KnownNames.shipped())).hasSize(2);
    }

    /** Builds a body text word by word, recording the typed mentions with their offsets. */
    static final class Body {
        private final StringBuilder text = new StringBuilder();
        private final List<Mention> mentions = new ArrayList<>();

        Body add(String words) {
            return add(words, null);
        }

        Body add(String words, EntityType type) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            if (type != null) {
                mentions.add(new Mention(type, text.length(), text.length() + words.length(), words, false));
            }
            text.append(words);
            return this;
        }

        String text() {
            return text.toString();
        }

        List<Mention> mentions() {
            return mentions;
        }
    }
}
