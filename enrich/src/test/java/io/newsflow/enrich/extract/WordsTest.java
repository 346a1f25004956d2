package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word tokens: \w runs, with Chinese and Japanese (written without spaces) cut into pairs of characters. */
class WordsTest {

    @Test
    void latinWordsAreRunsOfWordCharacters() {
        assertThat(Words.of("It's 5 o'clock — café_bar!")).containsExactly("It", "s", "5", "o", "clock", "café_bar");
    }

    @Test
    void japaneseIsCutIntoPairsSoASentenceCountsAsSeveralWords() {
        assertThat(Words.of("これが非常に困った")).containsExactly("これ", "が非", "常に", "困っ", "た");
        assertThat(Words.of("Kindle for PCをインストール")).containsExactly("Kindle", "for", "PC", "をイ", "ンス", "トー", "ル");
    }

    @Test
    void koreanHasSpacesAndKeepsItsWords() {
        assertThat(Words.of("정동극장 궁: 장녹수전")).containsExactly("정동극장", "궁", "장녹수전");
    }
}
