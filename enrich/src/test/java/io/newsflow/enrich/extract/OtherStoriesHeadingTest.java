package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OtherStoriesHeadingTest {

    private static LineKind kind(String line) {
        return new LineClassifier(List.of(line)).classify(0, line, Words.of(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"More Washington Examiner", "More from CNN", "Related articles", "You may also like",
        "Você pode gostar...", "Lesen Sie auch", "À lire aussi", "Most read", "Mehr zum Thema", "Lire aussi",
        "Noticias relacionadas", "Articoli correlati", "Gerelateerde artikelen", "Notícias relacionadas", "Meistgelesen",
        "Lo más leído"})
    void aHeadingOverOtherStories(String line) {
        assertThat(kind(line)).isEqualTo(LineKind.OTHER_STORIES_START);
    }

    @ParameterizedTest
    @ValueSource(strings = {"More are trying, despite tighter border controls.", "More problems ahead",
        "Related to the case, the police said nothing."})
    void notASubheadingOrASentence(String line) {
        assertThat(kind(line)).isNotEqualTo(LineKind.OTHER_STORIES_START);
    }
}
