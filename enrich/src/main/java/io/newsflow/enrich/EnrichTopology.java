package io.newsflow.enrich;

import io.newsflow.schemas.Article;
import io.newsflow.schemas.RawFile;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.Topology;

/**
 * The enrich topology: {@code news.raw} → enrich → {@code news.articles}, failures →
 * {@code news.dlq}. Built by one plain method from config so tests can drive it with
 * TopologyTestDriver.
 */
public final class EnrichTopology {
    static final String SOURCE = "raw-files";
    static final String ENRICH = "enrich";
    static final String ARTICLES_SINK = "articles";
    static final String DEAD_LETTER_SINK = "dead-letters";

    private EnrichTopology() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Topology build(EnrichConfig config, Deserializer<RawFile> rawFiles, Serializer<Article> articles,
                                 ArticleEnricher enricher, EnrichStats stats) {
        Topology topology = new Topology();
        topology.addSource(SOURCE, Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
                config.getString(EnrichConfig.RAW_TOPIC));
        topology.addProcessor(ENRICH, () -> new EnrichProcessor(rawFiles, enricher, stats), SOURCE);
        // one processor forwards two value types; each sink serialises its own
        topology.addSink(ARTICLES_SINK, config.getString(EnrichConfig.ARTICLES_TOPIC), Serdes.String().serializer(),
                (Serializer) articles, ENRICH);
        topology.addSink(DEAD_LETTER_SINK, config.getString(EnrichConfig.DLQ_TOPIC), Serdes.String().serializer(),
                (Serializer) Serdes.ByteArray().serializer(), ENRICH);
        return topology;
    }
}
