package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark measures both pipelines on the same tokens; speeds themselves are machine-dependent. */
class RecognizerBenchmarkTest {

    @Test
    void measuresBothOnTheSameText() {
        RecognizerBenchmark.Result result = RecognizerBenchmark.run(EntityRecognizer.load(),
                List.of("Faisal Mekdad met Bashar al-Assad in Damascus.", "Islamic State fighters left Raqqa."), 2);

        assertThat(result.tokens()).isEqualTo(16);
        assertThat(result.rounds()).isEqualTo(2);
        assertThat(result.recognizerPerCpuS()).isPositive();
        assertThat(result.barePerCpuS()).isPositive();
    }

    @Test
    void needsTextAndRounds() {
        assertThatThrownBy(() -> RecognizerBenchmark.run(EntityRecognizer.load(), List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
