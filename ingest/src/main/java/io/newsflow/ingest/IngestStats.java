package io.newsflow.ingest;

import java.util.concurrent.atomic.AtomicLong;

/** Running counts of the ingest stage, for progress lines and {@code newsflow status}. */
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

    @Override
    public String toString() {
        return String.format("files seen %d, published %d, refused %d, %,d bytes", seen(), published(), refused(),
                bytesPublished());
    }
}
