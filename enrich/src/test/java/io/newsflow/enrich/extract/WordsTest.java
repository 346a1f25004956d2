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

    @Test
    void aLineInAsciiAndOneBeyondAreReadAlike() {
        Tokens ascii = Words.of("The cat_2 sat on THE mat");
        Tokens beyond = Words.of("The cat_2 sat on THE mat…");
        assertThat(beyond).containsExactlyElementsOf(ascii);
        for (int k = 0; k < ascii.size(); k++) {
            assertThat(beyond.functionWordLanguages(k)).isEqualTo(ascii.functionWordLanguages(k));
            assertThat(beyond.lowerCaseHash(k)).isEqualTo(ascii.lowerCaseHash(k));
        }
        assertThat(beyond.functionWords(StopWords.LANGUAGES.indexOf("en"))).isEqualTo(3);
        assertThat(beyond.script()).isEqualTo(ascii.script()).isEqualTo(Script.LATIN);
    }

    @Test
    void aWordsHashIsItsLowerCaseStringsHash() {
        Tokens words = Words.of("Café MAT");
        assertThat(words.lowerCaseHash(0)).isEqualTo("café".hashCode()).isEqualTo(Words.lowerCaseHash("Café", 0, 4));
        assertThat(words.lowerCaseHash(1)).isEqualTo("mat".hashCode());
    }
}
