package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {

    private final WordTable table = new WordTable(Map.of("the", 1, "für", 2, "über", 4));

    @Test
    void wordsAreFoundInAnyCaseInsideALongerText() {
        String text = "THE Über-Wahl für alle";
        assertThat(table.get(text, 0, 3)).isEqualTo(1);
        assertThat(table.get(text, 4, 8)).isEqualTo(4);
        assertThat(table.get(text, 14, 17)).isEqualTo(2);
        assertThat(table.get(text, 18, 22)).isZero();
    }

    @Test
    void longerWordsAndWordsBeyondLatin1AreLookedUpToo() {
        assertThat(table.get("thesis", 0, 6)).isZero();
        // the Kelvin sign lower-cases to k, so a word with one is compared in lower case
        assertThat(new WordTable(Map.of("ok", 3)).get("O\u212A", 0, 2)).isEqualTo(3);
    }
}
