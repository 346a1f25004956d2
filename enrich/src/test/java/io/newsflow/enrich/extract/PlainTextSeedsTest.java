package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.DateSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each real seed dump: its body keeps the article's sentences and loses every kind of furniture it has. */
class PlainTextSeedsTest {

    @Nested
    class SyriaSpyAgencies {
        private final ExtractedArticle article = Seeds.article(Seeds.SYRIA_SPY_AGENCIES);

        @Test
        void titleIsTheHeadlineNotTheMasthead() {
            assertThat(article.title()).isEqualTo("Western spy agencies contact Syria for fighting terrorists");
        }

        @Test
        void mastheadAndToolWidgetsAreDropped() {
            assertThat(article.body()).doesNotContain("Volume. 11901", "Print E-mail", "Font Size", "Larger Font");
        }

        @Test
        void imageFileNameGluedToFirstSentenceIsRepaired() {
            assertThat(article.paragraphs().get(0))
                    .startsWith("European security officials are working together with the Syrian government");
            assertThat(article.body()).doesNotContain(".jpg", "c_330_235");
        }

        @Test
        void shareRowsAndFeedPromptsAreDropped() {
            assertThat(article.body()).doesNotContain("Twitter Facebook", "Socialize this", "Subscribe to our RSS feed",
                    "rssfeed");
        }

        @Test
        void keepsEveryBodyParagraphUpToTheLast() {
            assertThat(article.paragraphs()).hasSize(15);
            assertThat(article.paragraphs().get(14)).isEqualTo("Correspondents say the growing disarray of the "
                    + "opposition is frustrating the West and bolstering the confidence of the Syrian government.");
        }

        @Test
        void nonBreakingSpacesAreNormalised() {
            assertThat(article.body()).doesNotContain("\u00a0");
        }

        @Test
        void languageIsEnglishAndNoDateIsInvented() {
            assertThat(article.language()).isEqualTo("en");
            assertThat(article.published()).isNull();
            assertThat(article.publishedSource()).isEqualTo(DateSource.NONE);
            assertThat(article.extractor()).isEqualTo("text-lines");
        }
    }

    @Nested
    class HaaretzIntelligence {
        private final ExtractedArticle article = Seeds.article(Seeds.HAARETZ_INTELLIGENCE);

        @Test
        void titleAndRepeatedBylineAreMetadataNotBody() {
            assertThat(article.title())
                    .isEqualTo("Report: U.S. Providing Assad Regime With anti-Islamic State Intelligence");
            assertThat(article.bylines()).containsExactly("Jack Khoury");
            assertThat(article.body()).doesNotContain("Jack Khoury");
        }

        @Test
        void shareRowAndCaptionsWithCreditsAreDropped() {
            assertThat(article.body()).doesNotContain("Send in e-mail", "Credit: AP",
                    "A U.S. military plane lands", "Fighters from Islamic State march in Raqqa");
        }

        @Test
        void commentAndLoginPromptsAreDropped() {
            assertThat(article.body()).doesNotContain("Click the alert icon", "Automatic approval of subscriber comments",
                    "Already signed up", "LOG IN");
        }

        @Test
        void relatedTeasersInHebrewAndEnglishAreDropped() {
            assertThat(article.body()).doesNotContainPattern("\\p{IsHebrew}");
            assertThat(article.body()).doesNotContain("Jewish Law Above All", "The White Lotus",
                    "Comeback Kid: How Netanyahu", "Travelers looking at the Departures board");
        }

        @Test
        void keepsTheSevenBodyParagraphs() {
            assertThat(article.paragraphs()).hasSize(7);
            assertThat(article.paragraphs().get(0)).startsWith("Western diplomatic sources admitted Monday morning");
            assertThat(article.paragraphs().get(6)).startsWith("According to the sources, Washington will ultimately");
        }
    }

    @Nested
    class VoaSharedIntelligence {
        private final ExtractedArticle article = Seeds.article(Seeds.VOA_SHARED_INTELLIGENCE);

        @Test
        void skipLinksAreDroppedAndTitleFound() {
            assertThat(article.title()).isEqualTo("Shared Intelligence Could Stem Flow of Recruits to IS");
            assertThat(article.body()).doesNotContain("Accessibility links", "Breaking News");
        }

        @Test
        void repeatedCaptionIsDropped() {
            assertThat(article.body()).doesNotContain("FILE - A general view");
        }

        @Test
        void subheadingsInsideTheBodyAreKept() {
            assertThat(article.paragraphs()).contains("Undetected among tourists", "Reluctance to share data",
                    "Some successes", "Purges among Turkish police", "Attacks in home countries feared");
        }

        @Test
        void shortSentencesInsideTheBodyAreKept() {
            assertThat(article.paragraphs()).contains("More are trying, despite tighter border controls.",
                    "There have nonetheless been notable successes.");
        }

        @Test
        void agencyFooterAndImageLabelAreDropped() {
            assertThat(article.body()).doesNotContain("Reuters is a news agency founded in 1851", "16x9 Image");
        }

        @Test
        void bodyRunsFromFirstToLastParagraph() {
            assertThat(article.paragraphs().get(0)).startsWith("Telephone hotlines and schemes");
            assertThat(article.paragraphs().get(article.paragraphs().size() - 1))
                    .isEqualTo("“But ... it's ideal if they're identified before leaving their home countries,” he said.");
        }
    }

    @Nested
    class RtInterview {
        private final ExtractedArticle article = Seeds.article(Seeds.RT_INTERVIEW);

        @Test
        void titleIsTheFirstLine() {
            assertThat(article.title()).isEqualTo("There are thousands of jihadists in EU, our spy agencies are "
                    + "unable to watch them – Intelligence vet");
            assertThat(article.paragraphs()).doesNotContain(article.title());
        }

        @Test
        void followPromptIsDropped() {
            assertThat(article.body()).doesNotContain("Follow @SophieCo_RT");
        }

        @Test
        void shortInterviewTurnsAreKept() {
            assertThat(article.paragraphs()).contains("SS:Western ones?", "SS:What are these forces?",
                    "SS:What do you mean by support?",
                    "Molenbeek is similar to a number of French city outskirts.");
        }

        @Test
        void introAndLastAnswerAreKept() {
            assertThat(article.paragraphs().get(0)).startsWith("The terrorist attacks in Paris");
            assertThat(article.paragraphs().get(article.paragraphs().size() - 1))
                    .startsWith("AR: Let’s be frank").endsWith("terrorism and organised crime.");
        }
    }
}
