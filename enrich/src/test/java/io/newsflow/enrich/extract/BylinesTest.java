package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void dropsByAndDates() {
        assertThat(Bylines.parse("By Jane Doe")).containsExactly("Jane Doe");
        assertThat(Bylines.parse("Chris Dale - Nov 19, 2019, 10:31 pm CST")).containsExactly("Chris Dale");
        assertThat(Bylines.parse("By Jane Doe, Updated 12:40 PM ET")).containsExactly("Jane Doe");
        assertThat(Bylines.parse("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST"))
                .containsExactly("Michael David Smith");
    }

    @Test
    void dropsAGluedHandleAndANameWrittenTwice() {
        assertThat(Bylines.parse("By Chris Parker@HarbourByNature")).containsExactly("Chris Parker");
        assertThat(Bylines.parse("By Sean Merton Sean Merton")).containsExactly("Sean Merton");
        assertThat(Bylines.parse("By Jean Paul Jean")).containsExactly("Jean Paul Jean");
    }

    @Test
    void dropsAnEmailAddressAndWhatFollowsIt() {
        assertThat(Bylines.parse("Megan Rode meganr@example.com(509) 459-5382")).containsExactly("Megan Rode");
    }

    @Test
    void byLinesOfOtherKindsAndAfterASeparator() {
        assertThat(Bylines.ofBylineLine("Analysis by Chris Calder, Harbour Editor-at-large")).containsExactly("Chris Calder");
        assertThat(Bylines.ofBylineLine("| BY: Ilana Moser, MS, RDN")).containsExactly("Ilana Moser");
        assertThat(Bylines.ofBylineLine("Photo by Jane Doe")).isEmpty();
    }

    @Test
    void namesMayEndInTheirOutlet() {
        assertThat(Bylines.peopleThenOutlet("Charlie Wade, Harbour Insider")).containsExactly("Charlie Wade");
        assertThat(Bylines.peopleThenOutlet("Jane Doe, John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.peopleThenOutlet("Markets, Harbour Insider")).isEmpty();
        assertThat(Bylines.peopleThenOutlet("Jane Doe, Harbour Gazette")).containsExactly("Jane Doe");
        assertThat(Bylines.parse("By Jane Doe and Tom Roe, Springfield Herald")).containsExactly("Jane Doe", "Tom Roe");
    }

    @Test
    void splitsSeveralAuthorsInOrder() {
        assertThat(Bylines.parse("By Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.parse("Jane Doe, John Roe & Ann Poe")).containsExactly("Jane Doe", "John Roe", "Ann Poe");
    }

    @Test
    void nameLinesLookLikeNames() {
        assertThat(Bylines.looksLikeName("Jack Kowary")).isTrue();
        assertThat(Bylines.looksLikeName("Some successes")).isFalse();
        assertThat(Bylines.looksLikeName("Volume. 11901")).isFalse();
    }

    @Test
    void bylineLinesNameThePeopleOnly() {
        assertThat(Bylines.ofBylineLine("By Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.ofBylineLine("Posted by Michael Smith on November 19, 2019"))
                .containsExactly("Michael Smith");
        assertThat(Bylines.ofBylineLine("Jane Doe | Reuters")).containsExactly("Jane Doe");
        assertThat(Bylines.ofBylineLine("Jane Doe and John Roe - AP")).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void headlinesWithASiteOrAgencyAreNotBylines() {
        assertThat(Bylines.ofBylineLine("Storm Hits Coast | CNN")).isEmpty();
        assertThat(Bylines.ofBylineLine("Oil prices fall as demand weakens | Reuters")).isEmpty();
        assertThat(Bylines.ofBylineLine("Byelection results are in")).isEmpty();
        // photo credits under captions
        assertThat(Bylines.ofBylineLine("Al Gordon, Associated Press")).isEmpty();
    }

    @Test
    void credentialsAfterANameAreNotPeople() {
        assertThat(Bylines.parse("Written by Rachel Lane, MS, RD on November 14, 2019")).containsExactly("Rachel Lane");
        assertThat(Bylines.parse("Jane Doe, PhD")).containsExactly("Jane Doe");
    }

    @Test
    void jobTitlesSitesAndDaysAreNotPeople() {
        assertThat(Bylines.parse("Michael HaldenBusiness Columnist")).containsExactly("Michael Halden");
        assertThat(Bylines.parse("Eric Sung, HG Staff")).containsExactly("Eric Sung");
        assertThat(Bylines.parse("Troy L. Smith, Cleveland.com")).containsExactly("Troy L. Smith");
        assertThat(Bylines.parse("Sherif Saad, Wednesday")).containsExactly("Sherif Saad");
        assertThat(Bylines.parse("Ronald McDonald")).containsExactly("Ronald McDonald");
    }

    @Test
    void organisationsAndSitesAreNotPeople() {
        assertThat(Bylines.parse("Reuters")).isEmpty();
        assertThat(Bylines.parse("The Associated Press")).isEmpty();
        assertThat(Bylines.parse("BBC News")).isEmpty();
        assertThat(Bylines.parse("CBS Detroit")).isEmpty();
        assertThat(Bylines.parse("Telegraph Sport")).isEmpty();
        assertThat(Bylines.parse("Victor Tanner, Futurology")).containsExactly("Victor Tanner");
        assertThat(Bylines.parse("Finian Connolly. Harbour International")).containsExactly("Finian Connolly");
        assertThat(Bylines.parse("Jill Dennis, Harbour Business")).containsExactly("Jill Dennis");
    }

    @Test
    void anOutletAfterANameIsDropped() {
        assertThat(Bylines.parse("Tom Dawes Associated Press")).containsExactly("Tom Dawes");
        assertThat(Bylines.parse("Tom Roe, Kevin Poe HARBOUR TODAY")).containsExactly("Tom Roe", "Kevin Poe");
        assertThat(Bylines.parse("LISA MARLOW, ERIC TANNER Associated Press")).containsExactly("LISA MARLOW", "ERIC TANNER");
        assertThat(Bylines.parse("Martin Luther King III")).containsExactly("Martin Luther King III");
        assertThat(Bylines.parse("Analysis by Chris Calder")).containsExactly("Chris Calder");
        assertThat(Bylines.parse("J. R. Smith")).containsExactly("J. R. Smith");
        assertThat(Bylines.parse("Marcus de Guzman")).containsExactly("Marcus de Guzman");
        assertThat(Bylines.parse("The Russian, Syrian defense ministries")).isEmpty();
    }

    @Test
    void jobTitlesAndDatesBesideANameMakeABylineLine() {
        assertThat(Bylines.ofBylineLine("Tom Brandt, AP Auto Writer")).containsExactly("Tom Brandt");
        assertThat(Bylines.ofBylineLine("Chris Dale - Nov 19, 2019, 10:31 pm CST")).containsExactly("Chris Dale");
        assertThat(Bylines.ofBylineLine("Monday November 18, 2019 7:45 am PST by Joe Marchand"))
                .containsExactly("Joe Marchand");
        assertThat(Bylines.ofBylineLine("Storm hits the coast - Nov 19, 2019")).isEmpty();
    }

    @Test
    void creditsOfOtherKindsAndPlacesAreNoBylines() {
        assertThat(Bylines.parse("Photo by Jane Doe")).isEmpty();
        assertThat(Bylines.parse("Sponsored by Acme Corp")).isEmpty();
        assertThat(Bylines.ofBylineLine("New York - Nov 19, 2019")).isEmpty();
        assertThat(Bylines.ofBylineLine("BBC News - 19 November 2019, 10:31 GMT")).isEmpty();
        assertThat(Bylines.ofBylineLine("Nov 18, 2019 by The Associated Press")).isEmpty();
    }

    @Test
    void capitalsInitialsAndLongPrefixesBelongToPeople() {
        assertThat(Bylines.parse("Jean DUPONT")).containsExactly("Jean DUPONT");
        assertThat(Bylines.parse("AJ Willingham")).containsExactly("AJ Willingham");
        assertThat(Bylines.looksLikeName("Jeff VanderBeek")).isTrue();
    }

    @Test
    void aHandleNamesItsOwner() {
        assertThat(Bylines.isHandleOf("@catherinesho", "Catherine Sho")).isTrue();
        assertThat(Bylines.isHandleOf("@BryanDeAngelo", "Bryan DeAngelo")).isTrue();
        assertThat(Bylines.isHandleOf("@nytimes", "Catherine Sho")).isFalse();
        assertThat(Bylines.looksLikeName("BiographySarah E. Needleman")).isFalse();
        assertThat(Bylines.looksLikeName("Ronald McDonald")).isTrue();
    }

    @Test
    void byWordsOfEveryLanguage() {
        assertThat(Bylines.parse("Von Vanessa Beispiel")).containsExactly("Vanessa Beispiel");
        assertThat(Bylines.parse("Par Jean Dupont")).containsExactly("Jean Dupont");
        assertThat(Bylines.parse("Por María López")).containsExactly("María López");
        assertThat(Bylines.parse("Di Mario Rossi")).containsExactly("Mario Rossi");
        assertThat(Bylines.parse("Door Jan de Vries")).containsExactly("Jan de Vries");
        assertThat(Bylines.parse("Escrito por Ana Ruiz")).containsExactly("Ana Ruiz");
        assertThat(Bylines.parse("Texto: Joana Marques")).containsExactly("Joana Marques");
        assertThat(Bylines.parse("Autor: Lukas Muster")).containsExactly("Lukas Muster");
        assertThat(Bylines.parse("Written by Jane Doe")).containsExactly("Jane Doe");
    }

    @Test
    void joinWordsOfEveryLanguageSplitNames() {
        assertThat(Bylines.parse("Von Anna Beispiel und Jonas Muster")).containsExactly("Anna Beispiel", "Jonas Muster");
        assertThat(Bylines.parse("Par Jean Dupont et Marie Curie")).containsExactly("Jean Dupont", "Marie Curie");
        assertThat(Bylines.parse("Por María López y Pedro Gómez")).containsExactly("María López", "Pedro Gómez");
        assertThat(Bylines.parse("Di Mario Rossi e Giulia Bianchi")).containsExactly("Mario Rossi", "Giulia Bianchi");
        assertThat(Bylines.parse("Af Jens Hansen og Mette Holm")).containsExactly("Jens Hansen", "Mette Holm");
        assertThat(Bylines.parse("Martin Roux (avec Anne Petit et Paul Blanc)"))
                .containsExactly("Martin Roux", "Anne Petit", "Paul Blanc");
        assertThat(Bylines.parse("Jane Doe (with John Roe)")).containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.parse("Bruno (Henrique Costa) Lima")).containsExactly("Bruno Lima");
        assertThat(Bylines.parse("Jane Doe (Reuters)")).containsExactly("Jane Doe");
        assertThat(Bylines.parse("Av Anna Lind och Erik Berg")).containsExactly("Anna Lind", "Erik Berg");
        assertThat(Bylines.parse("Door Jan de Vries en Eva Jansen")).containsExactly("Jan de Vries", "Eva Jansen");
        assertThat(Bylines.parse("Por João Silva e Ana Costa")).containsExactly("João Silva", "Ana Costa");
    }

    @Test
    void datesAndOutletsAfterANameInOtherLanguages() {
        assertThat(Bylines.parse("Von Anna Beispiel, 16. Oktober 2019")).containsExactly("Anna Beispiel");
        assertThat(Bylines.parse("Von Anna Beispiel am 16. Oktober 2019")).containsExactly("Anna Beispiel");
        assertThat(Bylines.parse("Par Jean Dupont le 16 octobre 2019 à 08h30")).containsExactly("Jean Dupont");
        assertThat(Bylines.parse("Par Jean Dupont, mis à jour le 17 octobre")).containsExactly("Jean Dupont");
        assertThat(Bylines.parse("Por Ana Ruiz el martes 3 de abril")).containsExactly("Ana Ruiz");
        assertThat(Bylines.parse("Por Ana Ruiz para Diario Sur")).containsExactly("Ana Ruiz");
        assertThat(Bylines.parse("Di Mario Rossi Aggiornato il 3 aprile 2020")).containsExactly("Mario Rossi");
        assertThat(Bylines.parse("Door Eva Jansen op 9 oktober 2020")).containsExactly("Eva Jansen");
        assertThat(Bylines.parse("Por Joana Marques em 5 de março de 2020")).containsExactly("Joana Marques");
        // months and days that are names, or start a name, cut a byline only before a date
        assertThat(Bylines.parse("Por Abril Ortega")).containsExactly("Abril Ortega");
        assertThat(Bylines.parse("By Jan Novak, Jan 5, 2020")).containsExactly("Jan Novak");
        assertThat(Bylines.parse("By Jane Doe and John Roe Monday, November 18, 2019")).containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.parse("Por Ana Domingo")).containsExactly("Ana Domingo");
    }

    @Test
    void otherLanguagesByLinesAreBylineLines() {
        assertThat(Bylines.isByLine("Von Vanessa Beispiel")).isTrue();
        assertThat(Bylines.isByLine("Von der Leyen visits Rome")).isFalse();
        // "Di", "Von" also start surnames: a headline starting with one is no byline
        assertThat(Bylines.isByLine("Di Castellani: the lineup is crucial")).isFalse();
        assertThat(Bylines.isByLine("Di Mario Rossi")).isTrue();
        assertThat(Bylines.ofBylineLine("Par Jean Dupont et Marie Curie")).containsExactly("Jean Dupont", "Marie Curie");
        assertThat(Bylines.ofBylineLine("16 de octubre de 2019 por Ana Ruiz")).containsExactly("Ana Ruiz");
    }
}
