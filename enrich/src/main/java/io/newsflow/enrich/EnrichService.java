package io.newsflow.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.EntityCount;
import io.newsflow.schemas.RawFile;
import io.newsflow.schemas.serde.AvroDeserializer;
import io.newsflow.schemas.serde.AvroSerde;
import io.newsflow.schemas.topics.NewsTopics;
import io.newsflow.schemas.topics.ServiceAccess;
import io.newsflow.schemas.topics.TopicLayout;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: runs {@link EnrichTopology} with Kafka Streams, exactly-once by default.
 *
 * <p>Run alone with {@code newsflow enrich --bootstrap-servers ... --schema-registry ...};
 * start more instances with the same application id to share the partitions.
 */
public final class EnrichService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final KafkaStreams streams;
    private final EnrichStats stats = new EnrichStats();

    public EnrichService(EnrichConfig config, ArticleEnricher enricher) {
        String bootstrap = config.getString(EnrichConfig.BOOTSTRAP_SERVERS);
        TopicLayout layout = TopicLayout.of(config);
        // articles and dead letters (a whole refused file) can be as large as a dropped file
        NewsTopics.ensure(bootstrap, config.originals(), List.of(config.getString(EnrichConfig.RAW_TOPIC),
                config.getString(EnrichConfig.ARTICLES_TOPIC), config.getString(EnrichConfig.DLQ_TOPIC)), layout,
                Map.of("max.message.bytes", Integer.toString(32 * 1024 * 1024)));
        // a newer count for a key replaces the older one
        NewsTopics.ensure(bootstrap, config.originals(), List.of(config.getString(EnrichConfig.ENTITY_COUNTS_TOPIC),
                config.getString(EnrichConfig.ENTITY_ALIASES_TOPIC)), layout, Map.of("cleanup.policy", "compact"));
        ServiceAccess.checkRegistry(config.originals(), config.getString(EnrichConfig.SCHEMA_REGISTRY_URL));
        AvroDeserializer<RawFile> rawFiles = new AvroDeserializer<>(RawFile.class);
        rawFiles.configure(config.registrySettings(), false);
        AvroSerde<Article> articles = new AvroSerde<>(Article.class);
        articles.configure(config.registrySettings(), false);
        AvroSerde<EntityCount> counts = new AvroSerde<>(EntityCount.class);
        counts.configure(config.registrySettings(), false);
        this.streams = new KafkaStreams(EnrichTopology.build(config, rawFiles, articles, counts, enricher, stats),
                config.streamsProperties());
        // a thread that dies (not a bad record: those go to the DLQ) is replaced, not left dead
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Enrich stream thread failed; replacing it: {}", e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    public void start() {
        streams.start();
        LOG.info("Enrich started");
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Registers the stage's counters and Kafka Streams' metrics (threads, tasks, clients) in {@code registry}. */
    public void bindMetrics(MeterRegistry registry) {
        stats.bindTo(registry);
        new KafkaStreamsMetrics(streams).bindTo(registry);
    }

    public EnrichStats stats() {
        return stats;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(60));
        LOG.info("Enrich stopped: {}", stats);
    }
}
