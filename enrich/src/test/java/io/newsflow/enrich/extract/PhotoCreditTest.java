package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Captions end in a photo credit, however long their sentence; body sentences that name an agency do not. */
class PhotoCreditTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Memphis Grizzlies guard Ja Morant shoots as Golden State Warriors forward Draymond Green defends during the"
                + " second half of an NBA basketball game Tuesday, Nov. 19, 2019, in Memphis, Tenn. (AP Photo/Brandon Dill)",
        "FILE PHOTO: The WeWork logo is displayed outside of a co-working space in New York City, New York U.S.,"
                + " January 8, 2019. REUTERS/Brendan McDermid/File Photo",
        "Protesters gather outside the parliament building in the capital on Saturday evening. (Photo by Jane Doe/Getty Images)"})
    void aCaptionIsFurniture(String line) {
        assertThat(BoilerplatePhrases.isBoilerplate(line, Words.of(line), "en")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The company confirmed to Reuters on Tuesday that it had been contacted by the attorney general's office.",
        "An AP photographer who was at the scene said the crowd dispersed quickly after the first shots were fired."})
    void aSentenceThatNamesAnAgencyIsNot(String line) {
        assertThat(BoilerplatePhrases.isBoilerplate(line, Words.of(line), "en")).isFalse();
    }
}
