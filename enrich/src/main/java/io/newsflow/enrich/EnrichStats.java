package io.newsflow.enrich;

import java.util.concurrent.atomic.AtomicLong;

/** Running counts of the enrich stage, for progress lines; shared by all stream threads. */
public final class EnrichStats {
    final AtomicLong files = new AtomicLong();
    final AtomicLong articles = new AtomicLong();
    final AtomicLong deadLettered = new AtomicLong();
    final AtomicLong tokens = new AtomicLong();
    final AtomicLong nerCpuNanos = new AtomicLong();

    public long files() {
        return files.get();
    }

    public long articles() {
        return articles.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    /** Tokens the entity recogniser read. */
    public long tokens() {
        return tokens.get();
    }

    /** CPU time the entity recogniser took, all threads together. */
    public long nerCpuNanos() {
        return nerCpuNanos.get();
    }

    @Override
    public String toString() {
        return String.format("files enriched %d, articles %d, dead-lettered %d", files(), articles(), deadLettered());
    }
}
