package io.newsflow.enrich;

import io.newsflow.schemas.Article;
import io.newsflow.schemas.CountWindow;
import io.newsflow.schemas.Entity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns each article, the first time its id is seen, into one record per entity and count
 * window: key {@code <type>|<window>|<start>|<canonicalName>}, value the entity's mentions.
 * Articles are counted once however often their file is dropped (the id is a content hash).
 * Windows come from the publication time, carried in the key rather than Kafka windows, so
 * an article from years ago still counts in its own hour and day.
 */
final class EntityMentionCounter implements Processor<String, Article, String, Long> {
    static final String COUNTED_ARTICLES = "counted-articles";

    private ProcessorContext<String, Long> context;
    private KeyValueStore<String, Long> counted;

    @Override
    public void init(ProcessorContext<String, Long> context) {
        this.context = context;
        this.counted = context.getStateStore(COUNTED_ARTICLES);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        if (counted.get(article.getId()) != null) {
            return;
        }
        Instant published = article.getPublished() == null ? article.getIngestTime() : article.getPublished();
        counted.put(article.getId(), published.toEpochMilli());
        for (Entity entity : article.getEntities()) {
            for (CountWindow window : CountWindow.values()) {
                Instant start = published.truncatedTo(window == CountWindow.HOUR ? ChronoUnit.HOURS : ChronoUnit.DAYS);
                context.forward(record.withKey(key(entity, window, start)).withValue((long) entity.getCount()));
            }
        }
    }

    static String key(Entity entity, CountWindow window, Instant start) {
        return entity.getType() + "|" + window + "|" + start + "|" + entity.getCanonicalName();
    }
}
