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
        "Protesters gather outside the parliament building in the capital on Saturday evening. (Photo by Jane Doe/Getty Images)",
        "In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L. Curbeam Jr. works outside the station.",
        "Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file",
        "Snow covers the branches of trees on Tuesday, Nov. 19, 2019 in Latham, N.Y. (Paul Buckowski/Times Union)",
        "Trump asked voters in Louisiana for a big win. He didn’t get it.Credit...Doug Mills/The New York Times",
        "Image copyright @BigMachine",
        "Rescue workers search the rubble in the old town on Monday. AFP/Louai Beshara",
        "A protester waves a flag during a rally in the capital. EPA/Mast Irham",
        "Fans cheer as the team arrives at the stadium. Getty Images/Clive Brunskill",
        "Courtesy of Andrew Vaughan"})
    void aCaptionIsFurniture(String line) {
        assertThat(BoilerplatePhrases.isBoilerplate(line, Words.of(line), "en")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The company confirmed to Reuters on Tuesday that it had been contacted by the attorney general's office.",
        "An AP photographer who was at the scene said the crowd dispersed quickly after the first shots were fired.",
        "In this town, the council has voted to keep the old photo studio open for another year.",
        "The speed limit on the new road is 80 km/h (50 miles per hour/80 kilometres)."})
    void aSentenceThatNamesAnAgencyIsNot(String line) {
        assertThat(BoilerplatePhrases.isBoilerplate(line, Words.of(line), "en")).isFalse();
    }
}
