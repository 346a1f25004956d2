package io.newsflow.enrich;

import io.newsflow.enrich.entities.CrossArticleNames;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.RawFile;
import io.newsflow.schemas.serde.SchemaRegistryException;
import io.newsflow.schemas.topics.DeadLetter;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a raw-file record (as bytes, so that unreadable records reach the dead-letter topic
 * too), enriches it, and forwards each article keyed by its id; a record that fails is
 * forwarded unchanged (its bytes) with the reason in headers, for the dead-letter topic, and
 * the stream goes on. Entity names are resolved against the aliases earlier articles taught
 * (a global store), and the aliases this file teaches are forwarded for the alias topic.
 */
final class EnrichProcessor implements Processor<String, byte[], String, Object> {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);

    private final Deserializer<RawFile> rawFiles;
    private final ArticleEnricher enricher;
    private final EnrichStats stats;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, String> aliases;

    EnrichProcessor(Deserializer<RawFile> rawFiles, ArticleEnricher enricher, EnrichStats stats) {
        this.rawFiles = rawFiles;
        this.enricher = enricher;
        this.stats = stats;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.aliases = context.getStateStore(EnrichTopology.ENTITY_ALIASES_STORE);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("?");
        ArticleEnricher.Enriched enriched;
        try {
            RawFile raw = rawFiles.deserialize(topic, record.value());
            if (raw == null) {
                return; // a tombstone: nothing to enrich
            }
            enriched = enricher.enrich(raw, aliases::get);
            if (enriched.articles().isEmpty()) {
                LOG.info("File {} ({}) holds no article text", raw.getFileName(), record.key());
            }
        } catch (RuntimeException | StackOverflowError e) {
            if (SchemaRegistryException.unavailableIn(e)) {
                // no fault of the record: fail the thread, which is replaced and reads it again from the last commit
                throw new IllegalStateException("The schema registry cannot be reached to read " + topic + " record "
                        + record.key() + "; enrich tries again with a new stream thread", e);
            }
            // a stack overflow in parsing or NER is this file's fault: replaying it would stop the partition for good
            int partition = context.recordMetadata().map(RecordMetadata::partition).orElse(-1);
            long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(-1L);
            LOG.warn("Record {}-{}@{} (key {}) goes to the dead-letter topic: {}", topic, partition, offset,
                    record.key(), e.toString());
            Record<String, Object> dead = new Record<>(record.key(), record.value(), record.timestamp(),
                    DeadLetter.describe(record.headers(), "enrich", e, topic, partition, offset));
            context.forward(dead);
            stats.deadLettered.incrementAndGet();
            return;
        }
        List<Article> articles = enriched.articles();
        for (Article article : articles) {
            stats.tokens.addAndGet(article.getStats().getTokens());
            context.forward(new Record<>(article.getId(), (Object) article, record.timestamp()));
        }
        for (CrossArticleNames.Alias alias : enriched.aliases()) {
            context.forward(new Record<>(alias.key(), (Object) alias, record.timestamp()));
        }
        stats.nerCpuNanos.addAndGet(enriched.nerCpuNanos());
        stats.files.incrementAndGet();
        stats.articles.addAndGet(articles.size());
    }
}
