package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.embedded.TestServices;
import io.newsflow.embedded.TestTopics;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.DateSource;
import io.newsflow.schemas.Entity;
import io.newsflow.schemas.EntityMention;
import io.newsflow.schemas.EntityType;
import io.newsflow.schemas.ExtractionStats;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import io.newsflow.schemas.serde.AvroSerializer;
import io.newsflow.schemas.topics.DeadLetter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.ObjectName;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/** The sink against a real broker, registry and OpenSearch node. */
class ArticleSinkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrap = TestServices.kafka().bootstrapServers();
    private final String registry = TestServices.registry().url();
    private final String openSearch = TestServices.openSearch().httpUrl();

    @Test
    void articlesBecomeSearchableOncePerIdAndUnreadableRecordsGoToTheDeadLetterTopic() throws Exception {
        String topic = "sink-articles";
        String dlq = "sink-dlq";
        String index = "news-articles-sinktest";
        Article raqqa = article("r1-0", "Defector says fighters were allowed to leave Raqqa",
                "Thousands of fighters escaped from Raqqa in a convoy.", "Raqqa");
        Article damascus = article("d1-0", "Western spy agencies contact Syria",
                "European security officials travelled to Damascus.", "Damascus");
        AvroSerializer<Article> values = new AvroSerializer<>();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry), false);
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), values);
             KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, raqqa.getId(), raqqa)).get();
            producer.send(new ProducerRecord<>(topic, raqqa.getId(), raqqa)).get(); // a replay
            raw.send(new ProducerRecord<>(topic, "bad".getBytes(), "not avro".getBytes())).get();
            producer.send(new ProducerRecord<>(topic, damascus.getId(), damascus)).get();
        }

        try (ArticleSink sink = new ArticleSink(new SinkConfig(Map.of(
                SinkConfig.BOOTSTRAP_SERVERS, bootstrap,
                SinkConfig.SCHEMA_REGISTRY_URL, registry,
                SinkConfig.OPENSEARCH_URL, openSearch,
                SinkConfig.INDEX, index,
                SinkConfig.ARTICLES_TOPIC, topic,
                SinkConfig.DLQ_TOPIC, dlq,
                SinkConfig.GROUP_ID, "sink-test")))) {
            sink.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> sink.indexed() == 3 && sink.deadLettered() == 1);
        }

        ArticleSearch search = new ArticleSearch(SearchStore.connect(openSearch, null, null), index);
        await().atMost(Duration.ofSeconds(10)).until(() -> !search.search("fighter escape", 10).isEmpty());
        List<ArticleSearch.Hit> hits = search.search("fighter escape", 10);
        assertThat(hits).extracting(ArticleSearch.Hit::id).containsExactly("r1-0");
        assertThat(hits.get(0).topEntities()).containsExactly("Raqqa (LOCATION)");
        assertThat(hits.get(0).snippet()).contains("<em>escaped</em>");
        assertThat(search.search("\"security officials\"", 10)).extracting(ArticleSearch.Hit::id).containsExactly("d1-0");
        assertThat(search.search("Syria OR Raqqa", 10)).isEmpty(); // default operator is AND
        assertThat(search.search("Syria | Raqqa", 10)).hasSize(2);

        List<ConsumerRecord<String, byte[]>> dead =
                TestTopics.read(bootstrap, dlq, new ByteArrayDeserializer(), 1, Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not avro");
        assertThat(new String(dead.get(0).headers().lastHeader(DeadLetter.STAGE).value(), StandardCharsets.UTF_8))
                .isEqualTo("sink");
        assertThat(new String(dead.get(0).headers().lastHeader(DeadLetter.REASON).value(), StandardCharsets.UTF_8))
                .contains(topic);
    }

    @Test
    void smallBulkRequestsByBytesIndexEverything() throws Exception {
        String topic = "sink-bytes";
        List<Article> many = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            many.add(article("b" + i + "-0", "Article " + i, "Fighters left Raqqa, day " + i + ".", "Raqqa"));
        }
        produce(topic, many);
        try (ArticleSink sink = new ArticleSink(sinkConfig(topic, "news-articles-bytes", Map.of(
                SinkConfig.BULK_MAX_BYTES, "1024", SinkConfig.BULK_FLUSH_INTERVAL_MS, "0")))) {
            sink.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> sink.indexed() == 7);
            assertThat(sink.deadLettered()).isZero();
        }
    }

    @Test
    void aStoreThatRefusesEveryArticleStopsTheSinkWithoutDeadLetteringOrCommitting() throws Exception {
        String topic = "sink-refused";
        String index = "refusing-articles";
        // a strict empty mapping: OpenSearch refuses every document with HTTP 400
        try (var response = SearchStore.connect(openSearch, null, null).generic().execute(Requests.builder()
                .endpoint("/" + index).method("PUT").json("{\"mappings\":{\"dynamic\":\"strict\",\"properties\":{}}}")
                .build())) {
            assertThat(response.getStatus()).isEqualTo(200);
        }
        List<Article> refused = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            refused.add(article("x" + i + "-0", "Article " + i, "Fighters left Raqqa.", "Raqqa"));
        }
        produce(topic, refused);
        try (ArticleSink sink = new ArticleSink(sinkConfig(topic, index, Map.of(
                SinkConfig.MAX_REJECTED_IN_A_ROW, "3", SinkConfig.BULK_FLUSH_INTERVAL_MS, "3000")))) {
            sink.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> sink.failure().isPresent());
            assertThat(sink.failure().get()).contains("refused the last 5 articles in a row", "strict_dynamic_mapping_exception",
                    SinkConfig.MAX_REJECTED_IN_A_ROW);
            assertThat(sink.indexed()).isZero();
            assertThat(sink.deadLettered()).isZero();
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            assertThat(admin.listConsumerGroupOffsets("group-" + topic).partitionsToOffsetAndMetadata().get()).isEmpty();
        }
    }

    @Test
    void anArticleReachingAnIdleSinkIsIndexedWithoutWaitingForTheFlushInterval() throws Exception {
        String topic = "sink-idle";
        // a minute: only sending on catching up explains an article indexed within the awaits below
        try (ArticleSink sink = new ArticleSink(sinkConfig(topic, "news-articles-idle", Map.of(
                SinkConfig.BULK_FLUSH_INTERVAL_MS, "60000")))) {
            sink.start();
            produce(topic, List.of(article("i1-0", "First", "Fighters left Raqqa.", "Raqqa")));
            await().atMost(Duration.ofSeconds(20)).until(() -> sink.indexed() == 1);
            produce(topic, List.of(article("i2-0", "Second", "Fighters reached Raqqa.", "Raqqa")));
            await().atMost(Duration.ofSeconds(20)).until(() -> sink.indexed() == 2);
        }
    }

    @Test
    void withBulkRefreshTrueASearchFindsAnArticleAsSoonAsTheSinkCountsItIndexed() throws Exception {
        String topic = "sink-refresh";
        String index = "news-articles-refresh";
        createIndexWithoutScheduledRefresh(index);
        produce(topic, List.of(article("f1-0", "Convoy leaves", "Fighters left Raqqa in a convoy.", "Raqqa")));
        ArticleSearch search = new ArticleSearch(SearchStore.connect(openSearch, null, null), index);

        // the control: indexed, but nothing refreshes the index
        try (ArticleSink sink = new ArticleSink(sinkConfig(topic, index, Map.of(
                SinkConfig.GROUP_ID, "group-sink-refresh-false", SinkConfig.BULK_REFRESH, "false")))) {
            sink.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> sink.indexed() == 1);
        }
        assertThat(search.search("convoy", 10)).isEmpty();

        // another group indexes the same record again, now refreshing: searchable when counted
        try (ArticleSink sink = new ArticleSink(sinkConfig(topic, index, Map.of(
                SinkConfig.GROUP_ID, "group-sink-refresh-true", SinkConfig.BULK_REFRESH, "true")))) {
            sink.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> sink.indexed() == 1);
            assertThat(search.search("convoy", 10)).extracting(ArticleSearch.Hit::id).containsExactly("f1-0");
        }
    }

    @Test
    void aBacklogGoesInFullRequestsOfBulkMaxDocs() throws Exception {
        String topic = "sink-backlog";
        String index = "news-articles-backlog";
        // ~2.5 KB articles: the backlog spans several consumer fetches (1 MB a partition), so a request cut
        // short at the end of a fetch would show
        String body = "Fighters left Raqqa in a convoy. ".repeat(75);
        List<Article> backlog = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            backlog.add(article("k" + i + "-0", "Report " + i, body, "Raqqa"));
        }
        produce(topic, backlog);
        createIndexWithoutScheduledRefresh(index);
        long refreshesBefore = externalRefreshes(index);
        try (ArticleSink sink = new ArticleSink(sinkConfig(topic, index, Map.of(
                SinkConfig.BULK_MAX_DOCS, "100", SinkConfig.BULK_FLUSH_INTERVAL_MS, "60000",
                SinkConfig.BULK_REFRESH, "true")))) {
            sink.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> sink.indexed() == backlog.size());
        }
        // with bulk.refresh=true and no scheduled refresh, each bulk request is exactly one refresh
        assertThat(externalRefreshes(index) - refreshesBefore).isEqualTo(10);
    }

    @Test
    void aSlowSinkFallingThousandsBehindAndRestartedCatchesUpWithEachArticleOnce() throws Exception {
        String topic = "sink-slow";
        String index = "news-articles-slow";
        int total = 3000;
        List<Article> all = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            all.add(article("s" + i + "-0", "Report " + i, "Fighters left Raqqa in a convoy.", "Raqqa"));
        }
        produce(topic, all.subList(0, total / 2));
        // small requests, each refreshed: a sink much slower than the producer
        Map<String, String> slow = Map.of(SinkConfig.BULK_MAX_DOCS, "20", SinkConfig.BULK_REFRESH, "true");
        ArticleSink first = new ArticleSink(sinkConfig(topic, index, slow));
        try (first) {
            first.start();
            produce(topic, all.subList(total / 2, total));
            await().atMost(Duration.ofMinutes(2)).until(() -> first.indexed() >= 500);
        }
        long indexedBefore = first.indexed(); // counted once it has stopped: it indexes until then
        assertThat(lag("group-" + topic, topic)).as("stopped thousands behind").isGreaterThan(1000);

        try (ArticleSink sink = new ArticleSink(sinkConfig(topic, index, slow))) {
            sink.start();
            await().atMost(Duration.ofMinutes(3)).until(() -> lag("group-" + topic, topic) == 0);
            // the restarted sink redoes only what the first had acknowledged but not yet committed: a batch or two
            assertThat(indexedBefore + sink.indexed()).isBetween((long) total, (long) total + 40);
        }
        ArticleSearch search = new ArticleSearch(SearchStore.connect(openSearch, null, null), index);
        assertThat(search.count()).isEqualTo(total);
    }

    @Test
    void kafkasOwnClientSettingsReachTheSinksConsumerAndProducerByPrefix() throws Exception {
        String topic = "sink-pass-through";
        try (ArticleSink sink = new ArticleSink(sinkConfig(topic, "news-articles-pass-through", Map.of(
                "consumer.client.id", "articles-reader-" + topic, "producer.client.id", "dead-letters-" + topic)))) {
            var beans = ManagementFactory.getPlatformMBeanServer();
            assertThat(beans.isRegistered(new ObjectName("kafka.consumer:type=consumer-metrics,client-id=articles-reader-"
                    + topic))).isTrue();
            assertThat(beans.isRegistered(new ObjectName("kafka.producer:type=producer-metrics,client-id=dead-letters-"
                    + topic))).isTrue();
        }
    }

    /** Records of {@code topic} not yet committed by {@code group}. */
    private long lag(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            return lag;
        }
    }

    /** An index under the articles' template whose refresh_interval is off: only requests refresh it. */
    private void createIndexWithoutScheduledRefresh(String index) throws Exception {
        OpenSearchClient client = SearchStore.connect(openSearch, null, null);
        ArticleBulk.installTemplate(client, index);
        try (Response response = client.generic().execute(Requests.builder().endpoint("/" + index).method("PUT")
                .json("{\"settings\":{\"index.refresh_interval\":\"-1\"}}").build())) {
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    private long externalRefreshes(String index) throws Exception {
        try (Response response = SearchStore.connect(openSearch, null, null).generic().execute(Requests.builder()
                .endpoint("/" + index + "/_stats/refresh").method("GET").build())) {
            assertThat(response.getStatus()).isEqualTo(200);
            return JSON.readTree(response.getBody().orElseThrow().bodyAsBytes())
                    .path("_all").path("primaries").path("refresh").path("external_total").asLong();
        }
    }

    private SinkConfig sinkConfig(String topic, String index, Map<String, String> more) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                SinkConfig.BOOTSTRAP_SERVERS, bootstrap,
                SinkConfig.SCHEMA_REGISTRY_URL, registry,
                SinkConfig.OPENSEARCH_URL, openSearch,
                SinkConfig.INDEX, index,
                SinkConfig.ARTICLES_TOPIC, topic,
                SinkConfig.DLQ_TOPIC, topic + "-dlq",
                SinkConfig.GROUP_ID, "group-" + topic));
        settings.putAll(more);
        return new SinkConfig(settings);
    }

    private void produce(String topic, List<Article> articles) throws Exception {
        AvroSerializer<Article> values = new AvroSerializer<>();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry), false);
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), values)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Article article : articles) {
                sent.add(producer.send(new ProducerRecord<>(topic, article.getId(), article)));
            }
            for (Future<RecordMetadata> acknowledged : sent) {
                acknowledged.get();
            }
        }
    }

    @Test
    void aSinkWaitingForAnUnreachableStoreStopsPromptly() {
        ArticleSink sink = new ArticleSink(new SinkConfig(Map.of(
                SinkConfig.BOOTSTRAP_SERVERS, bootstrap,
                SinkConfig.SCHEMA_REGISTRY_URL, registry,
                SinkConfig.OPENSEARCH_URL, "http://127.0.0.1:9",
                SinkConfig.GROUP_ID, "sink-unreachable")));
        long started = System.nanoTime();
        sink.start();
        sink.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(45));
        assertThat(sink.indexed()).isZero();
    }

    @Test
    void aRegistryThatStartsRefusingOurCredentialsStopsTheSinkInsteadOfDeadLetteringEveryArticle() throws Exception {
        String topic = "sink-refused-articles";
        AtomicBoolean refusing = new AtomicBoolean(false);
        HttpServer gate = registryGate(refusing);
        try (ArticleSink sink = new ArticleSink(new SinkConfig(Map.of(
                SinkConfig.BOOTSTRAP_SERVERS, bootstrap,
                SinkConfig.SCHEMA_REGISTRY_URL, registry.replaceFirst(":\\d+/", ":" + gate.getAddress().getPort() + "/"),
                SinkConfig.OPENSEARCH_URL, openSearch,
                SinkConfig.INDEX, "news-articles-refused",
                SinkConfig.ARTICLES_TOPIC, topic,
                SinkConfig.DLQ_TOPIC, "sink-refused-dlq",
                SinkConfig.GROUP_ID, "sink-refused")))) {
            sink.start();
            refusing.set(true); // e.g. the registry's password was changed while the sink ran
            AvroSerializer<Article> values = new AvroSerializer<>();
            values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry), false);
            try (KafkaProducer<String, Article> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), values)) {
                Article raqqa = article("x1-0", "Raqqa", "Fighters left Raqqa in a convoy.", "Raqqa");
                producer.send(new ProducerRecord<>(topic, raqqa.getId(), raqqa)).get();
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> sink.failure().isPresent());
            assertThat(sink.failure().get()).contains("basic.auth.user.info");
            assertThat(sink.deadLettered()).isZero();
            assertThat(sink.indexed()).isZero();
        } finally {
            gate.stop(0);
        }
    }

    /** A door to the real registry that answers 401 to everything once {@code refusing} is set. */
    private HttpServer registryGate(AtomicBoolean refusing) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        URI real = URI.create(registry);
        HttpServer gate = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gate.createContext("/", exchange -> {
            try {
                if (refusing.get()) {
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                byte[] body = exchange.getRequestBody().readAllBytes();
                HttpRequest.Builder forward = HttpRequest.newBuilder(real.resolve(exchange.getRequestURI().toString()))
                        .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                if (type != null) {
                    forward.header("Content-Type", type);
                }
                HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                exchange.getResponseHeaders().set("Content-Type", answer.headers().firstValue("Content-Type").orElse("application/json"));
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        gate.start();
        return gate;
    }

    private static Article article(String id, String title, String body, String place) {
        int at = body.indexOf(place);
        return Article.newBuilder()
                .setId(id).setRawId(id.substring(0, 2)).setPartIndex(0).setPartCount(1).setFileName(id + ".txt")
                .setTitle(title).setPublished(Instant.parse("2017-11-27T00:00:00Z"))
                .setPublishedSource(DateSource.FOOTER).setBody(body)
                .setEntities(List.of(Entity.newBuilder().setType(EntityType.LOCATION).setCanonicalName(place)
                        .setSurfaceForms(List.of(place)).setMentions(List.of(new EntityMention(at, at + place.length(), place)))
                        .setCount(1).setSalience(1.0).build()))
                .setStats(ExtractionStats.newBuilder().setExtractor("text-lines").setInputChars(body.length())
                        .setBodyChars(body.length()).setBlocksTotal(1).setBlocksKept(1).build())
                .setIngestTime(Instant.EPOCH).setEnrichTime(Instant.EPOCH).setPipelineVersion("test")
                .build();
    }
}
