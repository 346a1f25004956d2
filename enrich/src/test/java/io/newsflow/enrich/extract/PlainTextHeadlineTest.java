package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A plain news file as a user writes it opens with its headline, the story right under it: that
 * first line is the title and no part of the body, in any language and whether or not it shares
 * words with the story. A page dump opens with its masthead far above the story, and keeps its
 * headline found by the words it shares.
 */
class PlainTextHeadlineTest {

    private static ExtractedArticle article(String file) {
        return OneArticle.fromText(file);
    }

    @Test
    void aHeadlineOverABlankLineAndTheStory() {
        ExtractedArticle a = article("""
                Dockworkers strike over pay

                Dockworkers in the harbour went on strike on Monday after talks with the port operator broke down over a pay offer that the union called an insult to its members.

                The operator said it had offered a raise of four percent and would return to the table as soon as the cranes were working again.
                """);
        assertThat(a.title()).isEqualTo("Dockworkers strike over pay");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraphs().get(0)).startsWith("Dockworkers in the harbour went on strike");
    }

    @Test
    void aHeadlineThatPlaysOnWordsSharesNoneWithTheStory() {
        ExtractedArticle a = article("""
                Troubled waters

                Dockworkers in the harbour went on strike on Monday after talks with the port operator broke down over a pay offer that the union called an insult to its members.

                The operator said it had offered a raise of four percent and would return to the table as soon as the cranes were working again.
                """);
        assertThat(a.title()).isEqualTo("Troubled waters");
        assertThat(a.body()).doesNotContain("Troubled waters");
    }

    @Test
    void aHeadlineThatAsksOrExclaimsIsNoSentenceOfTheStory() {
        String story = """

                Ferry passengers waited for up to three hours on Saturday as the crossing was cut to a single boat, the second time this month that a breakdown has left the island short of its only link to the mainland.

                The ferry company said a spare part had been ordered and that the second boat should be back in service by Wednesday.
                """;
        ExtractedArticle asks = article("Is the island ferry running out of time?\n" + story);
        assertThat(asks.title()).isEqualTo("Is the island ferry running out of time?");
        assertThat(asks.paragraphs().get(0)).startsWith("Ferry passengers waited");
        assertThat(article("Not again!\n" + story).title()).isEqualTo("Not again!");
    }

    @Test
    void aHeadlineStraightOverALongStoryLine() {
        ExtractedArticle a = article("""
                City council approves new cycle lanes
                The city council voted on Thursday night to build eleven kilometres of protected cycle lanes along the ring road, ending a dispute that had split the coalition for more than a year.
                Work is due to start in the spring and the council expects the first stretch to open before the summer holidays.
                """);
        assertThat(a.title()).isEqualTo("City council approves new cycle lanes");
        assertThat(a.paragraphs().get(0)).startsWith("The city council voted");
    }

    @Test
    void aBylineAndADateMayStandBetweenTheHeadlineAndTheStory() {
        ExtractedArticle a = article("""
                Flood defences hold as river peaks

                By Jane Doe

                March 3, 2024

                The river reached its highest level in twenty years on Sunday night, but the new flood walls along the old town held and no homes had to be evacuated, the county said.

                Engineers will inspect the walls once the water has gone down.
                """);
        assertThat(a.title()).isEqualTo("Flood defences hold as river peaks");
        assertThat(a.bylines()).containsExactly("Jane Doe");
        assertThat(a.paragraphs().get(0)).startsWith("The river reached");
    }

    @Test
    void aStandfirstMayStandBetweenAHeadlineThatAnnouncesTheStory() {
        ExtractedArticle a = article("""
                Harbour strike ends after pay deal

                Dockworkers accept a raise of six percent and a promise that no jobs will go when the new cranes arrive

                The strike at the harbour ended on Friday after dockworkers voted to accept a pay deal that the union said met most of their demands.

                The first ships were unloaded within hours of the vote.
                """);
        assertThat(a.title()).isEqualTo("Harbour strike ends after pay deal");
    }

    @Test
    void aHeadlineInCapitalsThatNamesTheStorysSubject() {
        ExtractedArticle a = article("""
                HARBOUR STRIKE ENDS

                The strike at the harbour ended on Friday after dockworkers voted to accept a pay deal that the union said met most of their demands.

                The first ships were unloaded within hours of the vote.
                """);
        assertThat(a.title()).isEqualTo("HARBOUR STRIKE ENDS");
    }

    @Test
    void aNameOverTheStoryIsNoHeadline() {
        ExtractedArticle a = article("""
                Jane Doe

                The strike at the harbour ended on Friday after dockworkers voted to accept a pay deal that the union said met most of their demands.

                The first ships were unloaded within hours of the vote.
                """);
        assertThat(a.title()).isNull();
    }

    @Test
    void aFirstSentenceIsNoHeadline() {
        ExtractedArticle a = article("""
                The strike is over.

                Dockworkers voted on Friday to accept a pay deal that the union said met most of their demands, and the first ships were unloaded within hours.

                The operator thanked the workers for their patience.
                """);
        assertThat(a.title()).isNull();
        assertThat(a.paragraphs().get(0)).isEqualTo("The strike is over.");
    }

    @Test
    void aGermanHeadline() {
        ExtractedArticle a = article("""
                Hafenarbeiter legen die Arbeit nieder

                Im Hamburger Hafen haben am Montag mehrere hundert Hafenarbeiter die Arbeit niedergelegt, nachdem die Tarifverhandlungen mit den Betreibern der Containerterminals ohne Ergebnis geblieben waren.

                Die Gewerkschaft kündigte an, der Streik werde mindestens bis Mittwoch dauern, wenn die Arbeitgeber kein neues Angebot vorlegten.
                """);
        assertThat(a.title()).isEqualTo("Hafenarbeiter legen die Arbeit nieder");
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.paragraphs().get(0)).startsWith("Im Hamburger Hafen");
    }

    @Test
    void aFrenchHeadlineThatAsks() {
        ExtractedArticle a = article("""
                Faut-il fermer les centres-villes aux voitures ?

                La mairie a présenté mardi un projet qui interdirait la circulation automobile dans le centre historique à partir de l'été prochain, une mesure réclamée depuis des années par les associations de riverains.

                Les commerçants craignent de perdre une partie de leur clientèle et demandent un parking relais à l'entrée de la ville.
                """);
        assertThat(a.title()).isEqualTo("Faut-il fermer les centres-villes aux voitures ?");
        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.body()).doesNotContain("Faut-il");
    }

    @Test
    void aSpanishHeadline() {
        ExtractedArticle a = article("""
                Gobierno y comunidades abren un diálogo sobre las tierras del sur

                El gobierno y las comunidades mapuches acordaron el jueves abrir una mesa de diálogo sobre las tierras reclamadas en el sur del país, tras meses de tensión en la región.

                La primera reunión se celebrará en Temuco dentro de dos semanas.
                """);
        assertThat(a.title()).isEqualTo("Gobierno y comunidades abren un diálogo sobre las tierras del sur");
        assertThat(a.paragraphs().get(0)).startsWith("El gobierno");
    }

    @Test
    void aMastheadOverAPageDumpIsNoHeadline() {
        ExtractedArticle a = article("""
                Accessibility links

                Skip to content

                Breaking News

                Harbour Gazette

                Home

                News

                Sport

                Business

                Dock workers walk out over crane automation plans

                By Jane Doe

                Dock workers at the city's container terminal walked out on Tuesday morning, saying the port authority's plan to automate the cranes would cost hundreds of jobs.

                The union said the strike would last at least three days and that ships already in the harbour would not be unloaded until the authority agreed to talks.
                """);
        assertThat(a.title()).isEqualTo("Dock workers walk out over crane automation plans");
        assertThat(a.bylines()).containsExactly("Jane Doe");
    }

    @Test
    void aSiteNameOverTheHeadlineIsNoHeadline() {
        ExtractedArticle a = article("""
                Harbour Gazette

                Dock workers walk out over crane automation plans at the container terminal

                Dock workers at the city's container terminal walked out on Tuesday morning, saying the port authority's plan to automate the cranes would cost hundreds of jobs.

                The union said the strike would last at least three days and that ships already in the harbour would not be unloaded until the authority agreed to talks.
                """);
        assertThat(a.title()).isEqualTo("Dock workers walk out over crane automation plans at the container terminal");
    }
}
