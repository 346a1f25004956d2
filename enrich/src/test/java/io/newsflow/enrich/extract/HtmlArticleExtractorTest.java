package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.DateSource;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A small news page with the usual furniture around its article: nav, share row, figure, ad, related, comments. */
class HtmlArticleExtractorTest {

    /** One paragraph of story, for pages built around their metadata. */
    private static final String STORY = """
            <p>The ferry service between the island and the mainland resumed on Sunday morning, three days after
            a storm damaged the pier and forced the operator to cancel every crossing.</p>""";

    private final ExtractedArticle article = extract(Seeds.resource("/html/harbour-strike.html"));

    private static ExtractedArticle extract(String html) {
        return OneArticle.fromPage(html);
    }

    @Test
    void metadataComesFromTheHead() {
        assertThat(article.title()).isEqualTo("Dock workers strike over automation plans");
        assertThat(article.bylines()).containsExactly("Maria Lindqvist");
        assertThat(article.published().instant()).isEqualTo(Instant.parse("2024-03-05T06:45:00Z"));
        assertThat(article.publishedSource()).isEqualTo(DateSource.METADATA);
        assertThat(article.site()).isEqualTo("The Harbour Gazette");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.extractor()).isEqualTo("html-dom");
    }

    @Test
    void bodyHasParagraphsSubheadingAndListItemsInOrder() {
        assertThat(article.paragraphs()).hasSize(8);
        assertThat(article.paragraphs().get(0)).startsWith("Hundreds of dock workers walked off the job");
        assertThat(article.paragraphs().get(2)).isEqualTo("Talks broke down");
        assertThat(article.paragraphs()).contains("Quays three and four would be automated first, from 2026.");
        assertThat(article.paragraphs().get(7)).startsWith("The port authority said in a statement");
    }

    @Test
    void furnitureAroundTheArticleIsDropped() {
        assertThat(article.body()).doesNotContain("Business", "Share on Facebook", "Tweet", "Idle cranes",
                "Advertisement", "Port authority names new chief executive", "Related", "comments",
                "Good for them", "Log in", "Ferry timetable", "All rights reserved");
    }

    @Test
    void headlineAndBylineAreNotBody() {
        assertThat(article.body()).doesNotContain("Dock workers strike over automation plans", "By Maria");
    }

    @Test
    void visibleMarkupIsTheFallbackForMetadata() {
        ExtractedArticle bare = extract("""
                <html><head><title>Ferry service resumes after storm - Coast News</title></head><body>
                <div class="post"><span class="byline">By Tom Berg and Anna Holm</span>
                <time datetime="2024-01-15">15 January 2024</time>
                <p>The ferry service between the island and the mainland resumed on Sunday morning, three days after
                a storm damaged the pier and forced the operator to cancel every crossing.</p></div>
                </body></html>""");
        assertThat(bare.title()).isEqualTo("Ferry service resumes after storm");
        assertThat(bare.bylines()).containsExactly("Tom Berg", "Anna Holm");
        assertThat(bare.published()).hasToString("2024-01-15");
        assertThat(bare.site()).isNull();
        assertThat(bare.paragraphs()).singleElement().asString().startsWith("The ferry service");
    }

    @Test
    void schemaOrgMarkupAndJsonLdAreReadInOrderOfTrust() {
        ExtractedArticle microdata = extract("""
                <html><head><script type="application/ld+json">{"author": {"@type": "Person", "name": "Lena Dahl"},
                "datePublished": "2024-01-14T09:00:00Z"}</script></head><body>
                <div itemprop="Author" itemscope><a href="/anna" itemprop="url">Profile</a>
                <span itemprop="name">Anna Holm</span></div>
                <meta itemprop="datePublished" content="2024-01-15T08:30:00+01:00">
                """ + STORY + "</body></html>");
        // JSON-LD's article comes before microdata, for authors and dates alike
        assertThat(microdata.bylines()).containsExactly("Lena Dahl");
        assertThat(microdata.published()).hasToString("2024-01-14T09:00Z");

        ExtractedArticle publisherMeta = extract("""
                <html><head><meta name="author" content="Condé Nast"><script type="application/ld+json">
                {"author": [{"@type": "Person", "name": "Molly Wood"}, {"name": "Ann Poe", "@type": "Person"}],
                "publisher": {"@type": "Organization", "name": "WIRED"}}</script></head><body>""" + STORY + "</body></html>");
        // the people JSON-LD names, all of them, before an author meta that names the publisher
        assertThat(publisherMeta.bylines()).containsExactly("Molly Wood", "Ann Poe");
        ExtractedArticle organisation = extract("""
                <html><head><script type="application/ld+json">{"author": {"@type": "Organization", "name": "Al Jazeera"}}
                </script></head><body>""" + STORY + "</body></html>");
        assertThat(organisation.bylines()).as("the newsroom, when no person signs").containsExactly("Al Jazeera");
        ExtractedArticle personAndOrganisation = extract("""
                <html><head><script type="application/ld+json">{"author": [{"@type": "Organization", "name": "Al Jazeera"},
                {"@type": "Person", "name": "Lena Dahl"}]}</script></head><body>""" + STORY + "</body></html>");
        assertThat(personAndOrganisation.bylines()).containsExactly("Lena Dahl");

        ExtractedArticle commented = extract("""
                <html><body><ul class="comments-list"><li class="comment"><div class="byline">Sky Walker</div>
                <p>Great story.</p></li></ul><div class="author-name">Nataliya Berg</div>""" + STORY + "</body></html>");
        assertThat(commented.bylines()).as("a reader's comment signs no article").containsExactly("Nataliya Berg");

        ExtractedArticle nested = extract("""
                <html><body><h1>Ferry service resumes</h1><div itemprop="author"><span itemprop="name">Anna Holm</span>
                </div><time datetime="2024-01-16">16 January</time>""" + STORY + "</body></html>");
        assertThat(nested.title()).isEqualTo("Ferry service resumes");
        assertThat(nested.bylines()).containsExactly("Anna Holm");
        assertThat(nested.published()).hasToString("2024-01-16");
    }

    @Test
    void datesFromItempropListsAndFromAVisibleDateElement() {
        ExtractedArticle listed = extract("""
                <html><head><meta property="article:published" itemprop="datePublished dateCreated"
                content="2019-11-19T11:00:09.000Z"></head><body>""" + STORY + "</body></html>");
        assertThat(listed.published().instant()).isEqualTo(Instant.parse("2019-11-19T11:00:09Z"));

        ExtractedArticle visible = extract("""
                <html><body><span class="article-updated-date">November 21, 2019</span>
                <span class="article-publish-date">November 19, 2019 7:04 pm ET</span>""" + STORY + "</body></html>");
        assertThat(visible.published().instant()).isEqualTo(Instant.parse("2019-11-20T00:04:00Z"));

        ExtractedArticle noDate = extract("""
                <html><body><p class="validate">The plan, first floated on November 1, 2019, was shelved after months
                of talks between the city and its unions.</p>""" + STORY + "</body></html>");
        assertThat(noDate.published()).isNull();

        ExtractedArticle underHeadline = extract("""
                <html><body><nav>Markets close: March 3, 2020</nav><h1>Ferry service resumes</h1>
                <div class="meta">August 06, 2019</div>""" + STORY + "</body></html>");
        assertThat(underHeadline.published()).hasToString("2019-08-06");
    }

    @Test
    void aTitleEscapedTwiceReadsAsWritten() {
        ExtractedArticle article = extract("""
                <html><head><meta property="og:title" content="Harbour &amp;#039;megastrike&amp;#039; ends"></head>
                <body>""" + STORY + "</body></html>");
        assertThat(article.title()).isEqualTo("Harbour 'megastrike' ends");
    }

    @Test
    void theUrlsDayComesBeforeDatesOnThePageAndEitherAddressMayGiveIt() {
        ExtractedArticle syndicated = extract("""
                <html><head><meta property="og:url" content="https://copy.example/news/263700449/storm-ends">
                <link rel="canonical" href="https://news.example/world/storm-brought-under-control-20200113"></head>
                <body><div class="date">Tue, 14 Jan 2020</div>""" + STORY + "</body></html>");
        assertThat(syndicated.published()).hasToString("2020-01-13");
    }

    @Test
    void aDateInTheHeadlineIsNotWhenTheStoryWasPublished() {
        ExtractedArticle article = extract("""
                <html><body><h3><a href="/e/1">Race winners of the weekend (2020/7/11-12)</a></h3>
                <div class="entry-info"><span class="entry-info-time">2020年07月12日</span></div>""" + STORY
                + "</body></html>");
        assertThat(article.published()).hasToString("2020-07-12");
    }

    @Test
    void theSameMomentAtThePagesOffsetOrOnItsUrlsDayGivesThePagesDay() {
        ExtractedArticle offset = extract("""
                <html><head><script type="application/ld+json">{"@type": "NewsArticle",
                "datePublished": "2017-02-24T01:18:13Z"}</script>
                <meta property="article:published_time" content="2017-02-23T17:18:13-08:00"></head><body>"""
                + STORY + "</body></html>");
        assertThat(offset.published()).hasToString("2017-02-23T17:18:13-08:00");

        // 02:18 UTC is the evening before in the Americas, where the URL was made
        ExtractedArticle evening = extract("""
                <html><head><meta property="og:url" content="https://news.example/2020/02/17/strike-ends/">
                <meta property="article:published_time" content="2020-02-18T02:18:11Z"></head><body>"""
                + STORY + "</body></html>");
        assertThat(evening.published()).hasToString("2020-02-17");
        // 10:04 UTC is that day everywhere in the Americas: the URL's day is when the story was planned
        ExtractedArticle morning = extract("""
                <html><head><link rel="canonical" href="https://news.example/politics/2020/07/08/story.html">
                <meta property="article:published_time" content="2020-07-09T10:04:04Z"></head><body>"""
                + STORY + "</body></html>");
        assertThat(morning.published().day()).hasToString("2020-07-09");
    }

    @Test
    void theDeclaredLanguageStandsWhenTheTextTellsNone() {
        ExtractedArticle korean = extract("""
                <html lang="ko_KR"><body><p>서울시는 내년부터 모든 시내버스에 무료 와이파이를 설치하겠다고 밝혔다.
                시는 이를 위해 통신사들과 협약을 맺었다.</p></body></html>""");
        assertThat(korean.language()).isEqualTo("ko");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void paragraphsSeparatedByLineBreaksAreSplit() {
        ExtractedArticle br = extract("""
                <html><body><div id="story">The first paragraph of the story tells what happened in the harbour.
                <br><br>The second paragraph, after a double line break, says what happens next.</div></body></html>""");
        assertThat(br.paragraphs()).containsExactly(
                "The first paragraph of the story tells what happened in the harbour.",
                "The second paragraph, after a double line break, says what happens next.");
    }

    @Test
    void looseTextBesideALinkHeavySidebarIsTheArticle() {
        String archive = "<li><a href=\"/archive?m=1\">January (3)</a></li>".repeat(30);
        ExtractedArticle loose = extract("""
                <html><body><div class="row">
                <div class="col-3"><ul>%s</ul></div>
                <div class="col-9"><p class="title">Vans broken into at the home-care service</p>
                <small>05/10/2018 - Posted by: Clarissa Borba</small><br>
                The home-care team of the Amizade district found two of its five vans broken into this morning, their batteries gone and their doors damaged. The police came to see the damage, and patients booked for the morning are being given new appointments. The health department, which runs the service, said visits would be back to normal by the afternoon, and that the vans, bought last year, were insured.<br><br>
                </div></div>
                <div class="container"><div class="address">Harbour City - Rua Walter Marquardt, 1111 - Barra, Box 421, Phone: (047) 2106-8000, open Monday to Friday, 8 to 18</div></div>
                </body></html>""".formatted(archive));
        assertThat(loose.body()).contains("found two of its five vans").doesNotContain("January", "Rua Walter");
    }

    @Test
    void aBodySplitIntoCardsIsReadWhole() {
        String[] paragraphs = {
            "Dock workers at the city's container terminal walked out on Tuesday morning, saying the plan to automate the cranes would cost hundreds of jobs.",
            "The union said the strike would last at least three days, and that ships in the harbour would not be unloaded until the authority agreed to talks.",
            "The port authority said it regretted the walkout. Automation, it said, was needed to keep the terminal competitive with the larger ports along the coast.",
            "Shipping companies warned that a long strike would push cargo to other ports, and that some of it might never come back to the city."};
        StringBuilder cards = new StringBuilder();
        for (String paragraph : paragraphs) {
            cards.append("<div class=\"card item\"><div class=\"card-content\"><p>").append(paragraph)
                    .append("</p></div></div><div class=\"ad-slot\"></div>");
        }
        ExtractedArticle carded = extract("<html><body><div class=\"cards\">" + cards + "</div>"
                + "<div class=\"more\"><a href=\"/a\">Ferry fares to rise in spring</a></div></body></html>");
        assertThat(carded.paragraphs()).containsExactly(paragraphs);
    }
}
