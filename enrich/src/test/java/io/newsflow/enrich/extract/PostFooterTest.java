package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostFooterTest {

    @Test
    void readsAuthorAndDate() {
        PostFooter footer = PostFooter.parse("Author: Ian Allen | Date: 08 December 2017 | Permalink");
        assertThat(footer).isNotNull();
        assertThat(footer.bylines()).containsExactly("Ian Allen");
        assertThat(footer.published()).hasToString("2017-12-08");
    }

    @Test
    void proseMentioningAnAuthorIsNoFooter() {
        assertThat(PostFooter.parse("The author of the report, Ian Allen, said on 8 December 2017 it was true."))
                .isNull();
        assertThat(PostFooter.parse("Author: Ian Allen | Permalink")).isNull();
    }
}
