package io.newsflow.enrich;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Running counts of the enrich stage, for progress lines and the metrics; shared by all stream threads. */
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

    /** Registers the counts as counters named newsflow.enrich.* (docs/metrics.md). */
    void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("newsflow.enrich.files", files, AtomicLong::get)
                .description("Raw files enriched").register(registry);
        FunctionCounter.builder("newsflow.enrich.articles", articles, AtomicLong::get)
                .description("Articles published to the articles topic").register(registry);
        FunctionCounter.builder("newsflow.enrich.dead.letters", deadLettered, AtomicLong::get)
                .description("Raw records sent to the dead-letter topic").register(registry);
        FunctionCounter.builder("newsflow.enrich.tokens", tokens, AtomicLong::get)
                .description("Tokens the entity recogniser read").register(registry);
        FunctionCounter.builder("newsflow.enrich.ner.cpu", nerCpuNanos, n -> n.get() / (double) TimeUnit.SECONDS.toNanos(1))
                .baseUnit("seconds").description("CPU time of the entity recogniser, all threads; divide its rate by "
                        + "the articles' for the NER time per article").register(registry);
    }

    @Override
    public String toString() {
        return String.format("files enriched %d, articles %d, dead-lettered %d", files(), articles(), deadLettered());
    }
}
