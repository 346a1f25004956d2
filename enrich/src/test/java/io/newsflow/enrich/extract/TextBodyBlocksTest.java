package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text dumps whose article is interrupted, copied or followed by other stories. */
class TextBodyBlocksTest {

    private static final String LEAD = """
            Dock workers walk out over automation plans
            Dock workers at the city's container terminal walked out on Tuesday morning, saying the port authority's plan to automate the cranes would cost hundreds of jobs within five years.
            The union said the strike would last at least three days and that ships already in the harbour would not be unloaded until the authority agreed to talks on the plan.
            """;
    private static final String REST = """
            The port authority said it regretted the walkout and that automation was needed to keep the terminal competitive with the larger ports along the coast.
            Shipping companies warned that a long strike would push cargo to other ports, and that some of it might never come back to the city.
            """;

    private static final String MORE = """
            The union wants a guarantee that no dock worker loses a job to the new cranes, and talks on pay for those who learn to run them.
            The authority has offered retraining, but says it cannot promise that every job on the quay will still exist in five years.
            """;

    private static String body(String dump) {
        return OneArticle.fromText(dump).body();
    }

    @Test
    void theArticleGoesOnBelowAWidgetThatInterruptsIt() {
        // six furniture lines weigh more than the prose below them: only the gap rule keeps it
        String widget = """
                Advertisement
                Share this
                Facebook Twitter Email
                Print this
                Sign up
                Read more
                """;
        assertThat(body(LEAD + widget + REST)).contains("walked out on Tuesday", "Shipping companies warned")
                .doesNotContain("Advertisement", "Facebook");
    }

    @Test
    void aListOfOtherStoriesBelowTheArticleIsNotBody() {
        String others = """
                More Harbour Gazette
                harbour-fire.jpg
                Fire destroys warehouse on the north quay
                Jane Roe
                Firefighters fought a blaze in a warehouse on the north quay through the night, and the cause is not yet known.
                Ferry fares to rise in spring
                John Doe
                The ferry company said fares would rise by eight percent in March because of the higher price of fuel.
                """;
        assertThat(body(LEAD + REST + others)).contains("Shipping companies warned")
                .doesNotContain("Firefighters", "ferry company");
    }

    @Test
    void theArticleResumesBelowARelatedArticlesBox() {
        String related = """
                Related articles
                Fire destroys warehouse on the north quay
                Ferry fares to rise in spring
                """;
        assertThat(body(LEAD + related + REST)).contains("walked out on Tuesday", "Shipping companies warned")
                .doesNotContain("Ferry fares");
    }

    @Test
    void aPageThatCarriesItsArticleTwiceGivesItOnce() {
        String menu = """
                Home
                News
                Sport
                Business
                Weather
                Contact us
                Terms of use
                Privacy policy
                """;
        String body = body(LEAD + REST + menu + LEAD + REST + menu);
        assertThat(body).contains("walked out on Tuesday", "Shipping companies warned");
        assertThat(body.split("walked out on Tuesday", -1)).hasSize(2);
    }

    @Test
    void aCopiedArticleKeepsItsSubheadingsInTheFirstCopy() {
        String copy = LEAD + REST + "What the union wants\n" + MORE;
        String body = body(copy + "Home\nNews\nSport\n" + copy);
        assertThat(body).contains("What the union wants", "talks on pay");
        assertThat(body.split("What the union wants", -1)).hasSize(2);
    }

    @Test
    void theArticleDoesNotGoOnBelowTheHeadingOfOtherStories() {
        String others = """
                Share this
                Facebook Twitter Email
                Advertisement
                Print this
                Sign up
                Related
                Fire destroys a warehouse on the north quay, and the cause of the blaze is not yet known.
                Ferry fares will rise by eight percent in March because of the higher price of fuel.
                """;
        assertThat(body(LEAD + REST + others)).contains("Shipping companies warned")
                .doesNotContain("Fire destroys", "Ferry fares");
    }

    @Test
    void aWireStorysOpeningParagraphStaysAboveTheCaptionsThatFollowIt() {
        String dump = """
                Dock workers walk out over automation plans
                HAMBURG (AP) — Dock workers at the city's container terminal walked out on Tuesday morning, saying the port authority's plan to automate the cranes would cost hundreds of jobs within five years, and that they would not return until the authority agreed to talks.
                In this photo taken on Tuesday, Nov. 19, 2019, dock workers gather at the gate of the container terminal in Hamburg, Germany. (AP Photo/Jane Doe)
                In this photo taken on Tuesday, Nov. 19, 2019, a crane stands still at the container terminal in Hamburg, Germany. (AP Photo/Jane Doe)
                View all (4)
                """ + REST + MORE;
        assertThat(body(dump)).contains("walked out on Tuesday", "Shipping companies warned", "talks on pay")
                .doesNotContain("In this photo");
    }

    @Test
    void linksWithTheirCommentCountsAreNotBody() {
        String popular = """
                Port strike enters its third day with no talks in sight (148)
                Ferry company warns that fares will rise by eight percent next spring (97)
                """;
        assertThat(body(LEAD + REST + popular)).doesNotContain("third day", "Ferry company");
    }

    @Test
    void aTeaserWhoseImageRepeatsItsHeadlineIsNotBody() {
        String teaser = "Fire destroys warehouse on the north quay Fire destroys warehouse on the north quay\n";
        assertThat(body(LEAD + REST + teaser + REST.replace("The port", "Later, the port"))).doesNotContain("Fire destroys");
    }

    @Test
    void theArticleGoesOnBelowAGalleryOfCaptionsAndCredits() {
        StringBuilder gallery = new StringBuilder();
        for (int photo = 1; photo <= 4; photo++) {
            String caption = "Dock workers gather at gate " + photo + " of the container terminal on Tuesday.";
            gallery.append("Image ").append(photo).append(" of 4\n").append(caption).append('\n').append(caption)
                    .append("\n(Image credit: Harbour Gazette)\n");
        }
        assertThat(body(LEAD + gallery + REST + MORE)).contains("walked out on Tuesday", "talks on pay")
                .doesNotContain("gather at gate");
    }

    @Test
    void aJapaneseArticleIsFoundAmongItsMenus() {
        String dump = """
                ホーム
                サイトマップ
                プライバシーポリシー
                Kindle for PCの起動ホットキーがKeePassと被る
                Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、パソコンでそのまま読みたい時もあります。
                特に困ったのが、起動ショートカットキーに関する設定。
                Kindle for PCをインストールすると自動でホットキーが設定され、「Ctrl＋Alt＋K」で立ち上がるようになります。
                これが非常に困ったもの。何が困るかといえば、パスワード管理ソフトの起動ショートカットキーと同じなのです。
                タグ: ソフトウェア
                関連記事
                クリップボード拡張ソフトClibor1.3.0が公開されていたのでバージョンアップしてみた
                """;
        assertThat(body(dump)).contains("Kindle書籍を読む場合は", "何が困るかといえば").doesNotContain("サイトマップ", "関連記事");
    }
}
