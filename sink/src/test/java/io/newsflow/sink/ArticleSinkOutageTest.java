package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.embedded.EmbeddedOpenSearch;
import io.newsflow.embedded.EmbeddedSchemaRegistry;
import io.newsflow.embedded.Ports;
import io.newsflow.embedded.TestServices;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.EntityType;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import io.newsflow.schemas.serde.AvroSerializer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * The store goes away under a running sink and comes back on the same port and data: the sink retries on
 * its own, commits nothing while the store is down, and ends with every article indexed exactly once.
 * Likewise a registry that is down when the sink starts: the sink waits for it.
 */
class ArticleSinkOutageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrap = TestServices.kafka().bootstrapServers();
    private final String registry = TestServices.registry().url();

    @Test
    void theSinkResumesByItselfWhenTheStoreComesBackAndLosesNothing() throws Exception {
        String topic = "sink-outage";
        String group = "group-sink-outage";
        String index = "news-articles-outage";
        Path data = TestServices.freshDir("opensearch-outage");
        // a fixed port: the sink keeps the URL it was started with, so the node must come back on it
        int port = Ports.claim("OpenSearch", "a free port", 0);
        List<Article> before = articles("before", 20);
        List<Article> during = articles("during", 30);

        EmbeddedOpenSearch node = EmbeddedOpenSearch.start(data, port, "384m");
        try (ArticleSink sink = new ArticleSink(new SinkConfig(Map.of(
                SinkConfig.BOOTSTRAP_SERVERS, bootstrap,
                SinkConfig.SCHEMA_REGISTRY_URL, registry,
                SinkConfig.OPENSEARCH_URL, node.httpUrl(),
                SinkConfig.INDEX, index,
                SinkConfig.ARTICLES_TOPIC, topic,
                SinkConfig.DLQ_TOPIC, topic + "-dlq",
                SinkConfig.GROUP_ID, group,
                SinkConfig.BULK_FLUSH_INTERVAL_MS, "200",
                // short backoff so the test sees the resumption soon after the node is back
                SinkConfig.RETRY_MAX_BACKOFF_MS, "1000")))) {
            sink.start();
            produce(topic, before);
            await().atMost(Duration.ofSeconds(30)).until(() -> committed(group) == before.size());
            assertThat(sink.indexed()).isEqualTo(before.size());

            node.close();
            produce(topic, during);
            // the sink polls these within its flush interval, but must hold their offsets until the store acknowledges
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> committed(group) == before.size() && sink.indexed() == before.size());
            assertThat(sink.failure()).isEmpty();

            node = EmbeddedOpenSearch.start(data, port, "384m");
            await().atMost(Duration.ofSeconds(30)).until(() -> committed(group) == before.size() + during.size());
            assertThat(sink.indexed()).isEqualTo(before.size() + during.size());
            assertThat(sink.deadLettered()).isZero();
            assertThat(sink.failure()).isEmpty();

            Set<String> expected = new HashSet<>();
            before.forEach(a -> expected.add(a.getId()));
            during.forEach(a -> expected.add(a.getId()));
            JsonNode hits = allHits(node, index);
            assertThat(hits.path("total").path("value").asLong()).isEqualTo(expected.size());
            List<String> ids = new ArrayList<>();
            hits.path("hits").forEach(hit -> ids.add(hit.path("_id").asText()));
            assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            node.close();
        }
    }

    @Test
    void aSinkStartedWhileTheRegistryIsDownWaitsForItInsteadOfDeadLetteringTheArticles() throws Exception {
        String topic = "sink-registry-outage";
        Path data = TestServices.freshDir("registry-outage");
        EmbeddedSchemaRegistry ownRegistry = EmbeddedSchemaRegistry.start(data, 0);
        List<Article> written = articles("registry", 10);
        produce(topic, written, ownRegistry.url());
        ownRegistry.close();

        try (ArticleSink sink = new ArticleSink(new SinkConfig(Map.of(
                SinkConfig.BOOTSTRAP_SERVERS, bootstrap,
                SinkConfig.SCHEMA_REGISTRY_URL, ownRegistry.url(),
                SinkConfig.OPENSEARCH_URL, TestServices.openSearch().httpUrl(),
                SinkConfig.INDEX, "news-articles-registry-outage",
                SinkConfig.ARTICLES_TOPIC, topic,
                SinkConfig.DLQ_TOPIC, topic + "-dlq",
                SinkConfig.GROUP_ID, "group-" + topic,
                SinkConfig.RETRY_MAX_BACKOFF_MS, "1000")))) {
            sink.start();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> sink.indexed() == 0 && sink.deadLettered() == 0);

            ownRegistry = EmbeddedSchemaRegistry.start(data, ownRegistry.port());
            await().atMost(Duration.ofSeconds(60)).until(() -> sink.indexed() == written.size());
            assertThat(sink.deadLettered()).isZero();
            assertThat(sink.failure()).isEmpty();
        } finally {
            ownRegistry.close();
        }
    }

    private static List<Article> articles(String prefix, int count) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(TestArchive.article(prefix + "-" + i, "Convoy leaves Raqqa, report " + i, "example.com",
                    "2017-11-27T00:00:00Z", "Fighters left Raqqa in a convoy, day " + i + ".",
                    new TestArchive.Named(EntityType.LOCATION, "Raqqa")));
        }
        return articles;
    }

    private void produce(String topic, List<Article> articles) throws Exception {
        produce(topic, articles, registry);
    }

    private void produce(String topic, List<Article> articles, String registryUrl) throws Exception {
        AvroSerializer<Article> values = new AvroSerializer<>();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl), false);
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), values)) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(topic, article.getId(), article)).get();
            }
        }
    }

    /** The group's committed offsets summed over the topic's partitions: the records it has let go of. */
    private long committed(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values().stream()
                    .mapToLong(OffsetAndMetadata::offset).sum();
        }
    }

    /** Every document of {@code index}, after a refresh, with the exact total. */
    private static JsonNode allHits(EmbeddedOpenSearch node, String index) throws Exception {
        var store = SearchStore.connect(node.httpUrl(), null, null);
        try (Response refresh = store.generic().execute(Requests.builder().endpoint("/" + index + "/_refresh")
                .method("POST").build())) {
            assertThat(refresh.getStatus()).isEqualTo(200);
        }
        try (Response search = store.generic().execute(Requests.builder().endpoint("/" + index + "/_search")
                .method("POST").json("{\"size\":1000,\"track_total_hits\":true,\"_source\":false}").build())) {
            assertThat(search.getStatus()).isEqualTo(200);
            return JSON.readTree(new String(search.getBody().orElseThrow().bodyAsBytes(), StandardCharsets.UTF_8))
                    .path("hits");
        }
    }
}
