package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Body rules of the HTML extractor, each on a small page written for it. */
class HtmlBodyRulesTest {

    private static ExtractedArticle extract(String html) {
        return OneArticle.fromPage(html);
    }

    @Test
    void aTitleNeverClosedDoesNotSwallowThePage() {
        ExtractedArticle article = extract("""
                <html><head><title>Storm closes the pier</titlevalue="x" -->
                <script>var a = 1;</script></head>
                <body><div class="story">
                <p>The pier was closed on Sunday after a storm damaged its deck, the harbour master said.</p>
                <p>Repairs are expected to take three weeks, and ferries will dock at the north quay meanwhile.</p>
                </div></body></html>""");
        assertThat(article.paragraphs()).containsExactly(
                "The pier was closed on Sunday after a storm damaged its deck, the harbour master said.",
                "Repairs are expected to take three weeks, and ferries will dock at the north quay meanwhile.");
    }

    @Test
    void aClosedTitleIsLeftAlone() {
        String html = "<html><head><TITLE>Pier closed</TITLE></head><body><p>Text.</p></body></html>";
        assertThat(HtmlArticleExtractor.closeTitle(html)).isSameAs(html);
        assertThat(HtmlArticleExtractor.closeTitle("<title>Pier closed<script>x</script>"))
                .isEqualTo("<title>Pier closed</title><script>x</script>");
    }

    @Test
    void aTeaserInsideTheArticleIsItsStandfirst() {
        ExtractedArticle article = extract("""
                <html lang="de"><head><title>Hafen</title></head><body>
                <div class="header"><a href="/">Startseite</a> <a href="/politik">Politik</a></div>
                <article>
                <h1>Streik im Hafen</h1>
                <p class="teaser">Die Hafenarbeiter legen die Arbeit nieder. Sie fürchten um ihre Stellen, weil die Kräne
                bald ohne Fahrer fahren sollen.</p>
                <p>Hunderte Hafenarbeiter sind am Montag in den Streik getreten, wie die Gewerkschaft mitteilte.</p>
                <p>Die Hafenbehörde will die Gespräche in der kommenden Woche wieder aufnehmen, hieß es am Abend.</p>
                </article>
                <div class="teaser-list"><p class="teaser">Neuer Chef für die Hafenbehörde: Wer ist der Mann aus
                Hamburg, der den Streik beenden soll? Ein Porträt.</p></div>
                </body></html>""");
        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.paragraphs().get(0)).startsWith("Die Hafenarbeiter legen die Arbeit nieder.");
        assertThat(article.body()).doesNotContain("Startseite", "Neuer Chef");
    }

    @Test
    void aHeaderInsideTheArticleKeepsItsStandfirst() {
        ExtractedArticle article = extract("""
                <html lang="fr"><head><title>Ferry</title></head><body>
                <div id="header"><a href="/">Accueil</a> <a href="/actualites">Actualités</a></div>
                <article>
                <div class="story-header"><h1>Les ferries reprennent</h1>
                <p>Les traversées reprennent trois jours après la tempête, avec des rotations supplémentaires.</p></div>
                <p>Le service de ferry entre l'île et le continent a repris dimanche matin, a indiqué l'opérateur.</p>
                <p>Des traversées supplémentaires sont prévues jusqu'à vendredi pour écouler les voitures en attente.</p>
                </article></body></html>""");
        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.paragraphs().get(0)).startsWith("Les traversées reprennent trois jours");
        assertThat(article.body()).doesNotContain("Accueil", "Les ferries reprennent");
    }

    @Test
    void leadNamesAreFurnitureOnlyOutsideTheArticle() {
        assertThat(ClassEvidence.leadNamed(element("<div class='article-teaser'></div>"))).isTrue();
        assertThat(ClassEvidence.leadNamed(element("<div id='page-header'></div>"))).isTrue();
        assertThat(ClassEvidence.leadNamed(element("<div class='teaser related'></div>"))).isFalse();
        assertThat(ClassEvidence.leadNamed(element("<div class='headerline'></div>"))).isFalse();
        assertThat(ClassEvidence.weight(element("<div class='teaser'></div>"))).isNegative();
    }

    private static org.jsoup.nodes.Element element(String html) {
        return org.jsoup.Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void aFurnitureNamedLinkInsideASentenceStaysInIt() {
        ExtractedArticle article = extract("""
                <html lang="en"><head><title>Scrivener</title></head><body><div class="text">
                <p>I am a <a class="popup" href="#">rather elderly</a> man, and the nature of my work has brought me
                into contact with an <span class="tooltip">interesting and somewhat singular</span> set of men.</p>
                <p>Of all those men, the strangest was a copyist, of whom I shall tell the little that I know.</p>
                </div><div class="popup"><a href="/subscribe">Subscribe to our newsletter</a></div></body></html>""");
        assertThat(article.paragraphs().get(0)).isEqualTo("I am a rather elderly man, and the nature of my work has"
                + " brought me into contact with an interesting and somewhat singular set of men.");
        assertThat(article.body()).doesNotContain("Subscribe");
    }

    @Test
    void aColumnHoldingMostOfThePagesParagraphsIsNotFurnitureWhateverItsName() {
        ExtractedArticle article = extract("""
                <html lang="de"><head><title>Passwörter</title></head><body>
                <div class="spalte links">
                <p>Der Passwortmanager erzeugt jetzt auch Einmalpasswörter, wie der Hersteller am Mittwoch mitteilte.</p>
                <p>Dafür muss zunächst ein Startwert übergeben werden, etwa per QR-Code, den die App selbst einliest.</p>
                <p>Die neue Version kostet knapp 50 Euro und setzt mindestens die aktuelle Version des Systems voraus.</p>
                </div>
                <div class="spalte rechts"><p><a href="/a">Meistgelesen: Neue Tablets im Test</a></p></div>
                </body></html>""");
        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.paragraphs().get(0)).startsWith("Der Passwortmanager erzeugt");
    }

    @Test
    void commentsAreFurnitureEvenWhenTheyOutweighTheStory() {
        String html = """
                <html lang="en"><head><title>Producer</title></head><body><div id="story">
                <p>A music producer has denied spending the night in a hotel with the singer, his spokesman said.</p>
                </div><div class="comment_container">
                <p>I never believed a word of it, and I still do not, whatever the papers may print next week.</p>
                <p>They should leave the two of them alone. It is nobody's business what they do at night, really.</p>
                <p>Who even cares about this? There is real news happening in the world, and this is the headline.</p>
                </div></body></html>""";
        ExtractedArticle article = extract(html);
        assertThat(article.body()).startsWith("A music producer has denied").doesNotContain("I never believed");
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse(html).body();
        HtmlBodyFinder.removeFurniture(body);
        assertThat(body.text()).doesNotContain("I never believed", "They should leave");
    }

    @Test
    void anH1AfterTheHeadlineAndParagraphsHeadsASection() {
        ExtractedArticle article = extract("""
                <html lang="en"><head><title>Monitoring</title></head><body><article>
                <h1>Monitoring distributed systems</h1>
                <p>This chapter sets out guidelines for what issues should interrupt a human, and how to deal with them.</p>
                <section><h1>Definitions</h1>
                <p>There is no uniformly shared vocabulary for discussing topics related to monitoring, even here.</p>
                </section></article></body></html>""");
        assertThat(article.paragraphs()).containsExactly(
                "This chapter sets out guidelines for what issues should interrupt a human, and how to deal with them.",
                "Definitions",
                "There is no uniformly shared vocabulary for discussing topics related to monitoring, even here.");
    }

    @Test
    void aSectionNamedAfterItsHeadingKeepsItsText() {
        ExtractedArticle article = extract("""
                <html lang="en"><head><title>Evolve</title></head><body><div class="document">
                <div class="section" id="setting-up"><h2>Setting up</h2>
                <p>Everyone working on the project needs a clone of the repository and the extension enabled.</p></div>
                <div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>
                <p>The simplest case is two developers who pull changesets straight from one another, with no server.</p>
                <p>Each of them amends and rebases changesets freely, and the other one sees the result on the next pull.</p>
                </div>
                <div class="sharing"><p>Share this page with a friend, by mail or on any of your networks, today.</p></div>
                </div></body></html>""");
        assertThat(article.paragraphs()).contains("Sharing with a single developer",
                "The simplest case is two developers who pull changesets straight from one another, with no server.");
        assertThat(article.body()).doesNotContain("Share this page");
    }

    @Test
    void textOfItsOwnInAFontWrapperMakesItTheContainer() {
        ExtractedArticle article = extract("""
                <html><head><title>Tennis</title></head><body><div id="centre"><font size="2">
                <h1>Champion aims for more titles</h1><div>Saturday, 05 Jan 2008 20:43</div>
                <div><a href="/print">Printer friendly version</a></div>
                <b></b>The world number one has warned his rivals that he is still hungry to win more.<br><br>
                The Swiss is only two titles behind the record, and at 26 it seems only a matter of time.<br><br>
                "I still love the game, I love the travel, and I love winning," he said, before the first round.<br><br>
                </font></div>
                <div><a href="/tennis">More tennis news</a> <a href="/quiz">Test your tennis knowledge</a></div>
                </body></html>""");
        assertThat(article.paragraphs()).contains(
                "The world number one has warned his rivals that he is still hungry to win more.",
                "The Swiss is only two titles behind the record, and at 26 it seems only a matter of time.");
        assertThat(article.body()).doesNotContain("More tennis news");
    }

    @Test
    void aListOfOtherStoriesDoesNotOutvoteTheArticle() {
        StringBuilder stream = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            stream.append("<li><a href=\"/s").append(i).append("\">Story ").append(i)
                    .append("</a> A mayor, a council and a town argue, again, about parking, buses and bikes.</li>");
        }
        ExtractedArticle article = extract("""
                <html lang="en"><head><title>Flag</title></head><body>
                <div><div class="story">
                <p>A photographer and navy veteran is fighting back after a photo she posted started a backlash.</p>
                <p>She said she had no idea the photo, from a newborn shoot, would be considered controversial.</p>
                <p>Her intention, she said, was to honour the flag as well as her clients, who wanted to include it.</p>
                </div></div>
                <div><ul class="stream">%s</ul></div>
                </body></html>""".formatted(stream));
        // the article is chosen, not the list (which joins it here as a sibling that scores well)
        assertThat(article.body()).startsWith("A photographer and navy veteran is fighting back");
    }

    @Test
    void aStorySetInOneBlockLosesOnlyItsCopyrightTail() {
        String story = "Gli urologi invitano chi resta a casa a muoversi ogni giorno. Una passeggiata in casa, le scale"
                + " del condominio e due bottiglie d'acqua come pesi bastano, spiegano gli specialisti, per evitare che la"
                + " sedentarietà danneggi la salute. Il consiglio vale soprattutto per chi ha più di cinquant'anni e"
                + " passa la giornata seduto davanti al computer.";
        ExtractedArticle article = extract("<html><body><article><div>" + story
                + "Ultimo aggiornamento: 22:07 © RIPRODUZIONE RISERVATA</div></article></body></html>");
        assertThat(article.body()).isEqualTo(story);

        ExtractedArticle english = extract("<html><body><article><div>The harbour reopened on Monday after a week of"
                + " repairs to the pier, and the first ferries carried commuters and lorries across the bay as the"
                + " operator had promised, though delays of up to an hour were reported in the afternoon as crews"
                + " tested the new ramps. Copyright 2020 Harbour Gazette. All rights reserved.</div></article></body></html>");
        assertThat(english.body()).endsWith("tested the new ramps.");
    }
}
