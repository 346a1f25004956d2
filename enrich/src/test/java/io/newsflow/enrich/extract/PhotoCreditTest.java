package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Captions end in a photo credit, however long their sentence; body sentences that name an agency do not. */
class PhotoCreditTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Harbour City guard Sam Keller shoots as Lakeside forward Tom Brandt defends during the"
                + " second half of a basketball game Tuesday, Nov. 19, 2019, in Harbour City. (AP Photo/Jane Doe)",
        "FILE PHOTO: The WeWork logo is displayed outside of a co-working space in New York City, New York U.S.,"
                + " January 8, 2019. REUTERS/John Roe/File Photo",
        "Protesters gather outside the parliament building in the capital on Saturday evening. (Photo by Jane Doe/Getty Images)",
        "In this Dec. 12, 2006, file photo, made available by NASA, an astronaut works outside the station.",
        "The senator speaks at the Capitol on July 25, 2019.J. Anna Poe / AP file",
        "Snow covers the branches of trees on Tuesday, Nov. 19, 2019 in Latham, N.Y. (Tom Roe/Harbour Gazette)",
        "The governor asked voters for a big win. He didn’t get it.Credit...Ann Poe/The Harbour Gazette",
        "Rescue workers search the rubble in the old town on Monday. AFP/Omar Haddad",
        "A protester waves a flag during a rally in the capital. EPA/Lena Berg",
        "Fans cheer as the team arrives at the stadium. Getty Images/Mark Stone",
        "Image copyright @HarbourPics",
        "Courtesy of Jane Roe"})
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
