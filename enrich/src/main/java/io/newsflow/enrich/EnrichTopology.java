package io.newsflow.enrich;

import io.newsflow.enrich.entities.CrossArticleNames;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.CountWindow;
import io.newsflow.schemas.EntityCount;
import io.newsflow.schemas.EntityType;
import io.newsflow.schemas.RawFile;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology, built by one plain method from config so tests drive it with
 * TopologyTestDriver:
 * <pre>
 * news.raw ─▶ enrich ─┬▶ news.articles
 *                     ├▶ news.dlq            (records that could not be enriched, reason in headers)
 *                     ├▶ news.entity-aliases (names learnt: "Assad" → "Bashar al-Assad"; read back into a global store)
 *                     └▶ mentions per entity, hour and day of publication ─▶ news.entity-counts
 * </pre>
 */
public final class EnrichTopology {
    static final String ENRICH = "enrich";
    static final String ENTITY_ALIASES_STORE = "entity-aliases";

    private EnrichTopology() {
    }

    public static Topology build(EnrichConfig config, Deserializer<RawFile> rawFiles, Serde<Article> articles,
                                 Serde<EntityCount> counts, ArticleEnricher enricher, EnrichStats stats) {
        StreamsBuilder builder = new StreamsBuilder();
        // every instance reads every alias: names learnt on one partition help all the others
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ENTITY_ALIASES_STORE),
                        Serdes.String(), Serdes.String()).withLoggingDisabled(),
                config.getString(EnrichConfig.ENTITY_ALIASES_TOPIC), Consumed.with(AliasRecords.keys(),
                        AliasRecords.canonicalNames()),
                AliasStoreUpdater::new);
        Map<String, KStream<String, Object>> outcomes = builder
                .stream(config.getString(EnrichConfig.RAW_TOPIC), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(() -> new EnrichProcessor(rawFiles, enricher, stats), Named.as(ENRICH))
                .split(Named.as("enriched-"))
                .branch((key, value) -> value instanceof Article, Branched.as("articles"))
                .branch((key, value) -> value instanceof CrossArticleNames.Alias, Branched.as("aliases"))
                .defaultBranch(Branched.as("dead-letters"));

        KStream<String, Article> enriched = outcomes.get("enriched-articles").mapValues(value -> (Article) value);
        enriched.to(config.getString(EnrichConfig.ARTICLES_TOPIC), Produced.with(Serdes.String(), articles));
        outcomes.get("enriched-aliases").mapValues(value -> ((CrossArticleNames.Alias) value).canonicalName())
                .to(config.getString(EnrichConfig.ENTITY_ALIASES_TOPIC), Produced.with(Serdes.String(), Serdes.String()));
        outcomes.get("enriched-dead-letters").mapValues(value -> (byte[]) value)
                .to(config.getString(EnrichConfig.DLQ_TOPIC), Produced.with(Serdes.String(), Serdes.ByteArray()));

        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(EntityMentionCounter.COUNTED_ARTICLES), Serdes.String(), Serdes.Long()));
        enriched.process(EntityMentionCounter::new, EntityMentionCounter.COUNTED_ARTICLES)
                .groupByKey(Grouped.with("entity-mentions", Serdes.String(), Serdes.Long()))
                .aggregate(() -> null, EnrichTopology::addMentions,
                        Materialized.<String, EntityCount, org.apache.kafka.streams.state.KeyValueStore<
                                org.apache.kafka.common.utils.Bytes, byte[]>>as("entity-counts")
                                .withKeySerde(Serdes.String()).withValueSerde(counts))
                .toStream()
                .to(config.getString(EnrichConfig.ENTITY_COUNTS_TOPIC), Produced.with(Serdes.String(), counts));
        return builder.build();
    }

    private static EntityCount addMentions(String key, Long mentions, EntityCount sum) {
        if (sum == null) {
            String[] parts = key.split("\\|", 4);
            sum = EntityCount.newBuilder()
                    .setType(EntityType.valueOf(parts[0]))
                    .setWindow(CountWindow.valueOf(parts[1]))
                    .setWindowStart(Instant.parse(parts[2]))
                    .setCanonicalName(parts[3])
                    .setMentions(0)
                    .setArticles(0)
                    .build();
        }
        sum.setMentions(sum.getMentions() + mentions);
        sum.setArticles(sum.getArticles() + 1);
        return sum;
    }
}
