package io.newsflow.ingest;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/** Running counts of the ingest stage, for progress lines and the metrics. */
public final class IngestStats {
    final AtomicLong seen = new AtomicLong();
    final AtomicLong published = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    final AtomicLong bytesPublished = new AtomicLong();

    public long seen() {
        return seen.get();
    }

    public long published() {
        return published.get();
    }

    public long refused() {
        return refused.get();
    }

    public long bytesPublished() {
        return bytesPublished.get();
    }

    /** Registers the counts as counters named newsflow.ingest.* (docs/metrics.md). */
    void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("newsflow.ingest.files.seen", seen, AtomicLong::get)
                .description("Files found ready in the inbox").register(registry);
        FunctionCounter.builder("newsflow.ingest.files.published", published, AtomicLong::get)
                .description("Files published to the raw topic and moved to done/").register(registry);
        FunctionCounter.builder("newsflow.ingest.files.refused", refused, AtomicLong::get)
                .description("Files refused and moved to failed/ with their reason").register(registry);
        FunctionCounter.builder("newsflow.ingest.published", bytesPublished, AtomicLong::get).baseUnit("bytes")
                .description("Bytes of the files published").register(registry);
    }

    @Override
    public String toString() {
        return String.format("files seen %d, published %d, refused %d, %,d bytes", seen(), published(), refused(),
                bytesPublished());
    }
}
