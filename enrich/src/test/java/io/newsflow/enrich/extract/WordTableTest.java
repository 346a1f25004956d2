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

    @Test
    void packedWordsAreFoundByTheirKeyAndLength() {
        String text = "The Über-Wahl für alle";
        assertThat(table.getPacked(WordTable.pack(text, 0, 3), 3)).isEqualTo(1);
        assertThat(table.getPacked(WordTable.pack(text, 4, 8), 4)).isEqualTo(4);
        assertThat(table.getPacked(WordTable.pack(text, 14, 17), 3)).isEqualTo(2);
        assertThat(table.getPacked(WordTable.pack(text, 18, 22), 4)).isZero();
    }

    @Test
    void aPackedKeyHoldsTheLastEightLettersSoLongerWordsAreNeverFound() {
        WordTable eight = new WordTable(Map.of("backdrop", 1));
        String text = "a backdrop, the outbackdrop";
        assertThat(eight.getPacked(WordTable.pack(text, 2, 10), 8)).isEqualTo(1);
        // "outbackdrop" packs to the same last eight letters, but its length gives it away
        assertThat(WordTable.pack(text, 16, 27)).isEqualTo(WordTable.pack(text, 2, 10));
        assertThat(eight.getPacked(WordTable.pack(text, 16, 27), 11)).isZero();
    }

    @Test
    void everyWordOfALargerTableGetsASlotOfItsOwn() {
        Map<String, Integer> words = new java.util.HashMap<>();
        for (int i = 0; i < 400; i++) {
            words.put(Integer.toString(i, Character.MAX_RADIX) + "x", i + 1);
        }
        WordTable large = new WordTable(words);
        words.forEach((word, value) ->
                assertThat(large.getPacked(WordTable.pack(word, 0, word.length()), word.length())).isEqualTo(value));
        assertThat(large.getPacked(WordTable.pack("zzzz", 0, 4), 4)).isZero();
    }
}
