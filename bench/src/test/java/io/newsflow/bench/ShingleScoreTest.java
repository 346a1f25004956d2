package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    /**
     * a: shingles 1234 2345 3456 against 1234 2345 3457 → tp 2, fp 1, fn 1: P = R = 2/3.
     * b: three tokens are one short shingle, predicted exactly (punctuation is no token): P = R = 1.
     * c: nothing predicted: no precision to average, recall 0.
     * P = (2/3 + 1) / 2 = 5/6, R = (2/3 + 1 + 0) / 3 = 5/9, F1 = 2/3 (aeb_eval.py prints the same).
     */
    @Test
    void precisionAndRecallAreAveragedOverPagesAndF1IsTakenOfTheAverages() {
        ShingleScore score = ShingleScore.of(
                Map.of("a", "one two three four five six", "b", "alpha beta gamma", "c", "x y z w"),
                Map.of("a", "one two three four five seven", "b", "alpha, beta. gamma!"));
        assertThat(score.precision()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(score.recall()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(score.f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(score.accuracy()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(score.pages()).isEqualTo(3);
    }

    @Test
    void tokensAreUnicodeWordRunsAsInPython() {
        assertThat(ShingleScore.tokens("Zürich’s 2019-11-19: naïve_café, שלום")).containsExactly(
                "Zürich", "s", "2019", "11", "19", "naïve_café", "שלום");
    }

    @Test
    void aRepeatedShingleCountsAsOftenAsItOccurs() {
        assertThat(ShingleScore.shingles("a b c d a b c d a b c d")).containsEntry(List.of("a", "b", "c", "d"), 3);
    }
}
