package io.newsflow.sink;

import io.newsflow.schemas.topics.NewsTopics;
import io.newsflow.schemas.topics.ServiceAddresses;
import io.newsflow.schemas.topics.TopicLayout;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** Every setting of the sink stage, with its default and meaning; validated when constructed. */
public final class SinkConfig extends AbstractConfig {
    public static final String BOOTSTRAP_SERVERS = ServiceAddresses.BOOTSTRAP_SERVERS;
    public static final String SCHEMA_REGISTRY_URL = ServiceAddresses.SCHEMA_REGISTRY_URL;
    public static final String OPENSEARCH_URL = "opensearch.url";
    public static final String OPENSEARCH_USERNAME = "opensearch.username";
    public static final String OPENSEARCH_PASSWORD = "opensearch.password";
    public static final String INDEX = "index";
    public static final String ARTICLES_TOPIC = "topic.articles";
    public static final String DLQ_TOPIC = "topic.dlq";
    public static final String GROUP_ID = "group.id";
    public static final String BULK_MAX_DOCS = "bulk.max.docs";
    public static final String BULK_MAX_BYTES = "bulk.max.bytes";
    public static final String BULK_FLUSH_INTERVAL_MS = "bulk.flush.interval.ms";
    public static final String BULK_REFRESH = "bulk.refresh";
    public static final String MAX_REJECTED_IN_A_ROW = "max.rejected.in.a.row";
    public static final String OPENSEARCH_TLS_CA_FILE = "opensearch.tls.ca.file";
    public static final String RETRY_MAX_BACKOFF_MS = "retry.max.backoff.ms";

    /** How to reach the store; also what the search command and page connect with. */
    static final ConfigDef STORE = new ConfigDef()
            .define(OPENSEARCH_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "OpenSearch HTTP endpoint, e.g. http://127.0.0.1:9200 or https://search:9200.")
            .define(OPENSEARCH_USERNAME, Type.STRING, "", Importance.MEDIUM,
                    "Basic-auth user for OpenSearch; empty for none (env NEWSFLOW_OPENSEARCH_USERNAME).")
            .define(OPENSEARCH_PASSWORD, Type.PASSWORD, "", Importance.MEDIUM,
                    "Basic-auth password for OpenSearch (env NEWSFLOW_OPENSEARCH_PASSWORD); never logged.")
            .define(OPENSEARCH_TLS_CA_FILE, Type.STRING, "", Importance.MEDIUM,
                    "PEM file of the CA(s) to trust for an https OpenSearch URL instead of the JVM's defaults; empty for the defaults.");

    static final ConfigDef DEFINITION = ServiceAddresses.addTo(TopicLayout.addTo(new ConfigDef(STORE)))
            .define(INDEX, Type.STRING, "news-articles", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Index the articles are written to; the sink gives it the articles' mapping (template newsflow-<index>).")
            .define(ARTICLES_TOPIC, Type.STRING, NewsTopics.ARTICLES, new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Topic of enriched articles to index.")
            .define(DLQ_TOPIC, Type.STRING, NewsTopics.DLQ, new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Dead-letter topic for records OpenSearch permanently refuses or that cannot be read.")
            .define(GROUP_ID, Type.STRING, "newsflow-sink", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Consumer group of the sink; instances in one group share the partitions.")
            .define(BULK_MAX_DOCS, Type.INT, 500, Range.between(1, 10_000), Importance.LOW,
                    "Most articles sent in one bulk request.")
            .define(BULK_MAX_BYTES, Type.LONG, 5L * 1024 * 1024, Range.between(1024, 100L * 1024 * 1024), Importance.LOW,
                    "Most bytes in one bulk request (an article larger than this goes alone); keep it below "
                            + "OpenSearch's http.max_content_length (100 MB by default).")
            .define(BULK_FLUSH_INTERVAL_MS, Type.LONG, 1_000L, Range.between(0, 600_000), Importance.LOW,
                    "Longest an article waits for a fuller bulk request while the topic holds more than the sink "
                            + "has fetched; once it has caught up, it sends at once.")
            .define(BULK_REFRESH, Type.STRING, "true", ConfigDef.ValidString.in("true", "wait_for", "false"),
                    Importance.LOW, "When indexed articles become searchable. true (default) = at once, by a "
                            + "refresh (a small segment) per bulk request, few under load as requests grow with the "
                            + "backlog: the lowest latency, paid in backlog throughput the sink can spare (enrich is "
                            + "far slower). wait_for = offsets committed only once searchable, but each request waits for "
                            + "the index's next scheduled refresh: slower, and later than true. false = the index's "
                            + "refresh_interval (1 s) decides, up to that much later.")
            .define(MAX_REJECTED_IN_A_ROW, Type.INT, 100, Range.atLeast(1), Importance.LOW,
                    "The sink stops with an error once OpenSearch refused this many articles in a row with none "
                            + "accepted (a broken mapping or store, not bad articles); raise it to dead-letter them instead.")
            .define(RETRY_MAX_BACKOFF_MS, Type.LONG, 30_000L, Range.between(100, 3_600_000), Importance.LOW,
                    "Longest wait between retries while OpenSearch is unavailable (retries never stop).");

    public SinkConfig(Map<String, ?> settings) {
        super(DEFINITION, settings, false);
    }

    public static ConfigDef definition() {
        return DEFINITION;
    }
}
