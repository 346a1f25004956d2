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
    void aLineOfAsciiAndPunctuationIsReadAsAnyOther() {
        String common = "The cat_2 sat on THE mat, \u201cno\u201d \u2014 ok\u2026";
        // an emoji sends the line down the path every script takes
        Tokens fast = Words.of(common);
        Tokens any = Words.of(common + " \uD83D\uDE00");
        assertThat(any).containsExactlyElementsOf(fast).contains("cat_2");
        for (int k = 0; k < fast.size(); k++) {
            assertThat(any.functionWordLanguages(k)).isEqualTo(fast.functionWordLanguages(k));
            assertThat(any.lowerCaseHash(k)).isEqualTo(fast.lowerCaseHash(k));
        }
        assertThat(any.functionWords(StopWords.LANGUAGES.indexOf("en"))).isEqualTo(3);
        int[] lettersFast = new int[Script.values().length];
        int[] lettersAny = new int[Script.values().length];
        fast.addLetters(lettersFast);
        any.addLetters(lettersAny);
        assertThat(lettersFast[Script.LATIN.ordinal()]).isEqualTo(21);
        // the emoji is one more character of no script, in two chars
        lettersFast[Script.NONE.ordinal()]++;
        assertThat(lettersAny).containsExactly(lettersFast);
    }

    @Test
    void linesOfAnyLengthOneAfterAnotherAreReadAlike() {
        String huge = "the mat ".repeat(20_000);
        assertThat(Words.of("the cat sat")).containsExactly("the", "cat", "sat");
        assertThat(Words.of(huge)).hasSize(40_000).endsWith("the", "mat");
        assertThat(Words.of("a" + " mat".repeat(100))).hasSize(101).startsWith("a", "mat");
        assertThat(Words.of("on the mat")).containsExactly("on", "the", "mat");
        assertThat(Words.of("on the mat").functionWords(StopWords.LANGUAGES.indexOf("en"))).isEqualTo(2);
    }

    @Test
    void aWordsHashIsItsLowerCaseStringsHash() {
        Tokens words = Words.of("Café MAT");
        assertThat(words.lowerCaseHash(0)).isEqualTo("café".hashCode()).isEqualTo(Words.lowerCaseHash("Café", 0, 4));
        assertThat(words.lowerCaseHash(1)).isEqualTo("mat".hashCode());
    }
}
