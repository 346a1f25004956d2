package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped curated list and GeoNames gazetteer. */
class KnownNamesTest {
    private final KnownNames names = KnownNames.shipped();

    @ParameterizedTest
    @CsvSource({
            "ISIS, Islamic State", "ISIL, Islamic State", "Daesh, Islamic State", "Islamic state, Islamic State",
            "IS, Islamic State",
            "US, United States", "U.S., United States", "USA, United States", "United States of America, United States",
            "UK, United Kingdom", "U.K., United Kingdom", "Britain, United Kingdom",
            "EU, European Union", "U.N., United Nations", "Nato, NATO",
            "al-Qaida, al-Qaeda", "Al Qaeda, al-Qaeda",
            "El Periodico, El Periódico"})
    void curatedSpellingsShareOneName(String spelling, String canonical) {
        assertThat(names.any(spelling)).get().extracting(KnownName::canonical).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({
            "Raqqa, Raqqa", "Raqqah, Raqqa", "Ar-Raqqah, Raqqa", "Ar-Rakka, Raqqa",
            "Deir ez-Zor, Deir ez-Zor", "Dayr az-Zawr, Deir ez-Zor", "Deir el-Zor, Deir ez-Zor",
            "Damaskus, Damascus", "Türkiye, Turkey", "Syria, Syria"})
    void placeSpellingsShareOneName(String spelling, String canonical) {
        assertThat(names.place(spelling)).get().satisfies(place -> {
            assertThat(place.canonical()).isEqualTo(canonical);
            assertThat(place.type()).isEqualTo(EntityType.LOCATION);
        });
    }

    @Test
    void curatedTypesOverrideTheModels() {
        assertThat(names.curated("Le Monde")).get().extracting(KnownName::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(names.curated("Sinai")).get().extracting(KnownName::type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void contextualSpellingsAreExact() {
        assertThat(names.contextual()).containsOnlyKeys("IS");
    }

    @Test
    void unknownNamesAreUnknown() {
        assertThat(names.any("Faisal Mekdad")).isEmpty();
    }
}
