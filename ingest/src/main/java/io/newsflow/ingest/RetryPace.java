package io.newsflow.ingest;

import java.time.Duration;

/**
 * The wait after a failed ingest pass: the poll interval at first, then twice as long after each
 * failure in a row up to a ceiling, so that an outage of the broker or registry is retried (and
 * logged) a few times a minute instead of at every poll; back to the start once a pass works.
 */
final class RetryPace {
    private final Duration first;
    private final Duration ceiling;
    private int failuresInARow;

    RetryPace(Duration first, Duration ceiling) {
        this.first = first;
        this.ceiling = ceiling.compareTo(first) < 0 ? first : ceiling;
    }

    /** Counts a failed pass; returns how long to wait before the next. */
    Duration failed() {
        failuresInARow++;
        Duration wait = first;
        for (int i = 1; i < failuresInARow && wait.compareTo(ceiling) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(ceiling) > 0 ? ceiling : wait;
    }

    int failuresInARow() {
        return failuresInARow;
    }

    /** Counts a pass that worked; returns how many had failed in a row before it. */
    int succeeded() {
        int failed = failuresInARow;
        failuresInARow = 0;
        return failed;
    }
}
