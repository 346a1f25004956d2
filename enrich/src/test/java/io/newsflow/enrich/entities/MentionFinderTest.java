package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.EntityType;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

    @Test
    void mapsLongAndConllTagsAndIgnoresTheRest() {
        assertThat(MentionFinder.typeOf("PERSON")).contains(EntityType.PERSON);
        assertThat(MentionFinder.typeOf("PER")).contains(EntityType.PERSON);
        assertThat(MentionFinder.typeOf("ORGANIZATION")).contains(EntityType.ORGANIZATION);
        assertThat(MentionFinder.typeOf("ORG")).contains(EntityType.ORGANIZATION);
        assertThat(MentionFinder.typeOf("LOCATION")).contains(EntityType.LOCATION);
        assertThat(MentionFinder.typeOf("LOC")).contains(EntityType.LOCATION);
        assertThat(MentionFinder.typeOf("MISC")).contains(EntityType.MISC);
        assertThat(MentionFinder.typeOf("DATE")).isEmpty();
        assertThat(MentionFinder.typeOf("O")).isEmpty();
        assertThat(MentionFinder.typeOf(null)).isEmpty();
    }
}
