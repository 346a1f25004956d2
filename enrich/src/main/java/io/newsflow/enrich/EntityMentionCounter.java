package io.newsflow.enrich;

import io.newsflow.schemas.Article;
import io.newsflow.schemas.CountWindow;
import io.newsflow.schemas.Entity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
 * an article from years ago still counts in its own hour (UTC) and day (the page's own).
 */
final class EntityMentionCounter implements Processor<String, Article, String, Long> {
    static final String COUNTED_ARTICLES = "counted-articles";

    private ProcessorContext<String, Long> context;
    /** "2019-10-16": the day at the start of an ISO-8601 time. */
    private static final int DAY_CHARS = 10;

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
        Instant hour = published.truncatedTo(ChronoUnit.HOURS);
        Instant day = pageDay(article, published);
        for (Entity entity : article.getEntities()) {
            for (CountWindow window : CountWindow.values()) {
                Instant start = window == CountWindow.HOUR ? hour : day;
                context.forward(record.withKey(key(entity, window, start)).withValue((long) entity.getCount()));
            }
        }
    }

    /**
     * The day window the page's own day names (its start at UTC midnight): a story published at
     * 00:04 in Berlin counts on the day it was printed, not on the UTC day before. Records from
     * before {@code publishedLocal} existed fall back to the UTC day.
     */
    static Instant pageDay(Article article, Instant published) {
        String local = article.getPublishedLocal();
        if (local != null && local.length() >= DAY_CHARS) {
            try {
                return LocalDate.parse(local.substring(0, DAY_CHARS)).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                // a record written by something else: the UTC day below
            }
        }
        return published.truncatedTo(ChronoUnit.DAYS);
    }

    static String key(Entity entity, CountWindow window, Instant start) {
        return entity.getType() + "|" + window + "|" + start + "|" + entity.getCanonicalName();
    }
}
