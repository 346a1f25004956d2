package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Entity-level scoring as conlleval does it, on hand-counted examples. */
class ConllScoreTest {

    @Test
    void countsExactSpanAndTypeMatchesOnly() {
        List<String> lines = List.of(
                "-DOCSTART- O O",
                "",
                "Bashar B-PER B-PER",
                "al-Assad I-PER I-PER",   // correct PER
                "met O O",
                "Faisal B-PER B-PER",
                "Mekdad I-PER O",         // span too short: a wrong PER and a missed PER
                "in O O",
                "Deir B-LOC B-PER",       // wrong type
                "ez-Zor I-LOC I-PER",
                ". O O",
                "",
                "Reuters B-ORG B-ORG",    // correct ORG
                "reported O B-MISC");     // spurious MISC

        ConllScore score = ConllScore.of(lines);

        assertThat(score.overall()).isEqualTo(new ConllScore.Counts(4, 5, 2));
        assertThat(score.byType().get("PER")).isEqualTo(new ConllScore.Counts(2, 3, 1));
        assertThat(score.byType().get("MISC")).isEqualTo(new ConllScore.Counts(0, 1, 0));
        assertThat(score.overall().f1()).isCloseTo(2 * 0.4 * 0.5 / 0.9, within(1e-9));
    }

    @Test
    void readsIob1WhereEntitiesStartWithI() {
        // CoNLL-2003's own files use IOB1: B- only between two adjacent entities of one type
        List<String> lines = List.of(
                "U.S. I-LOC B-LOC",
                "and O O",
                "EU I-ORG B-ORG",
                "Germany I-LOC B-LOC",
                "France B-LOC B-LOC");

        assertThat(ConllScore.of(lines).overall()).isEqualTo(new ConllScore.Counts(4, 4, 4));
    }

    @Test
    void aSentenceBreakEndsAnEntity() {
        List<String> lines = List.of("New I-LOC B-LOC", "", "York I-LOC I-LOC");

        assertThat(ConllScore.of(lines).overall()).isEqualTo(new ConllScore.Counts(2, 2, 2));
    }
}
