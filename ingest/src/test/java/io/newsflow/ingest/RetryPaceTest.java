package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPaceTest {
    @Test
    void passesThatKeepFailingAreRetriedLessAndLessOftenUpToTheCeiling() {
        RetryPace pace = new RetryPace(Duration.ofMillis(500), Duration.ofSeconds(10));
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            waits.add(pace.failed().toMillis());
        }
        assertThat(waits).containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L, 10_000L, 10_000L, 10_000L);
        assertThat(pace.failuresInARow()).isEqualTo(8);
    }

    @Test
    void aPassThatWorksAgainSaysHowManyFailedAndStartsThePaceOver() {
        RetryPace pace = new RetryPace(Duration.ofMillis(500), Duration.ofSeconds(10));
        pace.failed();
        pace.failed();
        pace.failed();
        assertThat(pace.succeeded()).isEqualTo(3);
        assertThat(pace.succeeded()).isZero();
        assertThat(pace.failed()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aCeilingBelowThePollIntervalWaitsThePollInterval() {
        RetryPace pace = new RetryPace(Duration.ofSeconds(2), Duration.ofMillis(100));
        assertThat(pace.failed()).isEqualTo(Duration.ofSeconds(2));
        assertThat(pace.failed()).isEqualTo(Duration.ofSeconds(2));
    }
}
