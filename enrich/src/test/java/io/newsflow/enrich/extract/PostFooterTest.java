package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostFooterTest {

    @Test
    void readsAuthorAndDate() {
        PostFooter footer = PostFooter.parse("Author: Ian Allen | Date: 08 December 2017 | Permalink");
        assertThat(footer).isNotNull();
        assertThat(footer.bylines()).containsExactly("Ian Allen");
        assertThat(footer.published()).isEqualTo(Instant.parse("2017-12-08T00:00:00Z"));
    }

    @Test
    void proseMentioningAnAuthorIsNoFooter() {
        assertThat(PostFooter.parse("The author of the report, Ian Allen, said on 8 December 2017 it was true."))
                .isNull();
        assertThat(PostFooter.parse("Author: Ian Allen | Permalink")).isNull();
    }
}
