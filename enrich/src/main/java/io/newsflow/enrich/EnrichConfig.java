package io.newsflow.enrich;

import io.newsflow.schemas.topics.ClientSettings;
import io.newsflow.schemas.topics.NewsTopics;
import io.newsflow.schemas.topics.ServiceAccess;
import io.newsflow.schemas.topics.ServiceAddresses;
import io.newsflow.schemas.topics.TopicLayout;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.streams.StreamsConfig;

/** Every setting of the enrich stage, with its default and meaning; validated when constructed. */
public final class EnrichConfig extends AbstractConfig {
    public static final String BOOTSTRAP_SERVERS = ServiceAddresses.BOOTSTRAP_SERVERS;
    public static final String SCHEMA_REGISTRY_URL = ServiceAddresses.SCHEMA_REGISTRY_URL;
    public static final String APPLICATION_ID = "application.id";
    public static final String RAW_TOPIC = "topic.raw";
    public static final String ARTICLES_TOPIC = "topic.articles";
    public static final String DLQ_TOPIC = "topic.dlq";
    public static final String ENTITY_COUNTS_TOPIC = "topic.entity-counts";
    public static final String ENTITY_ALIASES_TOPIC = "topic.entity-aliases";
    public static final String STREAM_THREADS = "num.stream.threads";
    public static final String STATE_DIR = "state.dir";
    public static final String PROCESSING_GUARANTEE = "processing.guarantee";
    public static final String COMMIT_INTERVAL_MS = "commit.interval.ms";

    static final ConfigDef DEFINITION = ServiceAddresses.addTo(TopicLayout.addTo(new ConfigDef()))
            .define(APPLICATION_ID, Type.STRING, "newsflow-enrich", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Kafka Streams application id: instances with the same id share the work.")
            .define(RAW_TOPIC, Type.STRING, NewsTopics.RAW, new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Topic of dropped files to read.")
            .define(ARTICLES_TOPIC, Type.STRING, NewsTopics.ARTICLES, new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Topic the enriched articles are written to.")
            .define(DLQ_TOPIC, Type.STRING, NewsTopics.DLQ, new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Dead-letter topic for files that cannot be enriched, with the reason in headers.")
            .define(ENTITY_COUNTS_TOPIC, Type.STRING, NewsTopics.ENTITY_COUNTS, new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM, "Compacted topic of mentions per canonical entity per hour and day of publication.")
            .define(ENTITY_ALIASES_TOPIC, Type.STRING, NewsTopics.ENTITY_ALIASES, new ConfigDef.NonEmptyString(),
                    Importance.LOW, "Compacted topic of entity names learnt across articles (surname or acronym → full name).")
            .define(STREAM_THREADS, Type.INT, Runtime.getRuntime().availableProcessors(), Range.between(1, 256),
                    Importance.MEDIUM, "Stream threads, each with its own entity recogniser (default: the cores).")
            .define(STATE_DIR, Type.STRING, "data/enrich-state", new ConfigDef.NonEmptyString(), Importance.LOW,
                    "Kafka Streams state folder.")
            .define(PROCESSING_GUARANTEE, Type.STRING, StreamsConfig.EXACTLY_ONCE_V2,
                    ConfigDef.ValidString.in(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE), Importance.LOW,
                    "exactly_once_v2 (no article written twice) or at_least_once.")
            .define(COMMIT_INTERVAL_MS, Type.LONG, 100L, Range.between(10, 600_000), Importance.LOW,
                    "How often results are committed: under exactly-once, about the longest an enriched article waits to "
                            + "become visible downstream; each commit is a transaction, so shorter costs broker work.");

    /**
     * Longest an enrich transaction may stay open before the broker aborts it (Streams' own default
     * is 10 s). A stream thread commits between records, but takes several records per task in one go
     * once small records (entity counts) have been quick, and NER on a long page takes seconds: under
     * load, transactions outlived 10 s, the broker aborted them and fenced the thread, which then redid
     * its work (seen 2 to 10 times per `bench pipeline` run). The price of a longer timeout: an instance
     * that dies and never returns holds back read_committed readers of its partitions this long (one
     * that restarts on its state folder aborts its open transaction at once).
     */
    static final int TRANSACTION_TIMEOUT_MS = 60_000;

    /**
     * Producer settings for exactly-once: the transaction timeout above, and one request in flight
     * per connection (issue 23). On a broker with transaction.version 2 (the
     * default of Kafka 4.x) the broker itself adds a partition to the transaction when the first
     * batch of a transaction reaches it; if that batch is turned back with the retriable
     * CONCURRENT_TRANSACTIONS (the coordinator is still writing the previous commit's markers),
     * the producer's next requests, already in flight with higher sequence numbers, reach a
     * partition with no state for the new epoch, and the broker refuses them with
     * OutOfOrderSequenceException (KAFKA-18202) and logs each refusal at ERROR in
     * kafka.server.ReplicaManager. The producer retries and nothing is lost or duplicated, but the
     * log is alarming. With one request in flight per connection the refused batch is retried
     * before any later one is sent, so the refusal cannot happen.
     */
    static final Map<String, Object> EXACTLY_ONCE_PRODUCER = Map.of(
            StreamsConfig.producerPrefix("max.in.flight.requests.per.connection"), 1,
            StreamsConfig.producerPrefix("transaction.timeout.ms"), TRANSACTION_TIMEOUT_MS);

    public EnrichConfig(Map<String, ?> settings) {
        super(DEFINITION, settings, false);
    }

    public static ConfigDef definition() {
        return DEFINITION;
    }

    Map<String, Object> registrySettings() {
        return ServiceAccess.registry(originals(), getString(SCHEMA_REGISTRY_URL));
    }

    Properties streamsProperties() {
        // Streams hands the security settings to each of its clients
        Map<String, Object> p = new HashMap<>(ServiceAccess.kafka(originals()));
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, getString(APPLICATION_ID));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, getString(BOOTSTRAP_SERVERS));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, getInt(STREAM_THREADS));
        p.put(StreamsConfig.STATE_DIR_CONFIG, getString(STATE_DIR));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, getString(PROCESSING_GUARANTEE));
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, getLong(COMMIT_INTERVAL_MS));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) getShort(TopicLayout.REPLICATION_FACTOR));
        // a large page with NER can take a while; do not let the group think the thread died
        p.put(StreamsConfig.consumerPrefix("max.poll.interval.ms"), 600_000);
        p.put(StreamsConfig.consumerPrefix("max.poll.records"), 50);
        p.put(StreamsConfig.producerPrefix("max.request.size"), 32 * 1024 * 1024);
        p.putAll(ClientSettings.streams(originals()));
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, UnreadableRecordHandler.class);
        p.put(UnreadableRecordHandler.DEAD_LETTER_TOPIC, getString(DLQ_TOPIC));
        if (StreamsConfig.EXACTLY_ONCE_V2.equals(getString(PROCESSING_GUARANTEE))) {
            p.putAll(EXACTLY_ONCE_PRODUCER);
        }
        Properties properties = new Properties();
        properties.putAll(p);
        return properties;
    }
}
