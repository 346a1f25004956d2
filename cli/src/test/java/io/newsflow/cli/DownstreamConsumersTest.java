package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.embedded.TestServices;
import io.newsflow.embedded.TestTopics;
import io.newsflow.examples.ConsumeEnrichedTopics;
import io.newsflow.schemas.EntityCount;
import io.newsflow.schemas.serde.AvroDeserializer;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import io.newsflow.schemas.topics.DeadLetter;
import io.newsflow.sink.ArticleSearch;
import io.newsflow.sink.SearchStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;

/**
 * The enriched topics as other teams consume them: the seeds run through the real pipeline, then
 * the two examples of docs/consuming.md (a Java consumer with newsflow's serde, a Python one with
 * Confluent's confluent_kafka) read news.articles and news.entity-counts and must agree; and a
 * replayed dead letter changes no article id and no count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DownstreamConsumersTest {
    private static final Path HOME = Paths.get(System.getProperty("newsflow.home", ".."));
    private static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Names of their own, so this pipeline shares no topic, group or index with other tests. */
    private static final Map<String, String> NAMES = Map.of(
            "topic.raw", "downstream.raw", "topic.articles", "downstream.articles", "topic.dlq", "downstream.dlq",
            "topic.entity-counts", "downstream.entity-counts", "topic.entity-aliases", "downstream.entity-aliases",
            "application.id", "downstream-enrich", "group.id", "downstream-sink", "index", "downstream-articles");

    private final Endpoints endpoints = new Endpoints(TestServices.kafka().bootstrapServers(),
            TestServices.registry().url(), TestServices.openSearch().httpUrl());
    private Pipeline pipeline;
    private ArticleSearch search;
    private int articles;

    @BeforeAll
    void seedsThroughThePipeline() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>(NAMES);
        settings.put("num.stream.threads", "1");
        Path inbox = TestServices.freshDir("downstream-inbox");
        pipeline = new Pipeline(endpoints, inbox, TestServices.freshDir("downstream-data"), settings);
        search = new ArticleSearch(SearchStore.connect(endpoints.openSearch(), null, null), NAMES.get("index"));
        pipeline.start();
        try (Stream<Path> seeds = Files.list(HOME.resolve("samples/seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                Files.copy(seed, inbox.resolve(seed.getFileName()));
            }
        }
        articles = 4 + 7; // seed 003 is a page of seven posts, the others one article each
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> pipeline.indexed() >= articles && search.count() == articles);
    }

    @AfterAll
    void stop() {
        pipeline.close();
    }

    @Test
    @Order(1)
    void aJavaAndAPythonConsumerSeeTheSameTitlesEntitiesAndCounts() throws Exception {
        boolean python = new ProcessBuilder(PYTHON, "-c", "import confluent_kafka.avro").start().waitFor() == 0;
        if (!python && System.getenv("CI") != null) {
            throw new AssertionError("confluent_kafka.avro is missing on CI: apt-get install python3-confluent-kafka python3-avro");
        }
        Assumptions.assumeTrue(python, "Confluent's Python client is not installed");

        List<String> settings = List.of(endpoints.bootstrapServers(), endpoints.schemaRegistry(), "idle.seconds=8",
                "topic.articles=" + NAMES.get("topic.articles"), "topic.entity-counts=" + NAMES.get("topic.entity-counts"));
        Process java = start(Stream.concat(Stream.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ConsumeEnrichedTopics.class.getName()),
                Stream.concat(settings.stream(), Stream.of("group=java-team"))).toList());
        Process py = start(Stream.concat(Stream.of(PYTHON, "src/test/python/consume_enriched_topics.py"),
                Stream.concat(settings.stream(), Stream.of("group=python-team"))).toList());
        Consumed fromJava = Consumed.read(java);
        Consumed fromPython = Consumed.read(py);

        assertThat(fromJava.articles).hasSize(articles);
        assertThat(fromJava.articles.values()).filteredOn(a -> a.get("title").isTextual()).hasSizeGreaterThan(articles / 2);
        assertThat(fromJava.articles.values()).flatExtracting(a -> a.get("entities").findValuesAsText("name"))
                .contains("Raqqa");
        String raqqa = "LOCATION|DAY|2017-12-08T00:00:00Z|Raqqa";
        assertThat(fromJava.counts.get(raqqa)).as(raqqa).isNotNull();
        assertThat(fromJava.counts.get(raqqa).get("mentions").asLong()).isPositive();
        assertThat(fromPython.articles).isEqualTo(fromJava.articles);
        assertThat(fromPython.counts).isEqualTo(fromJava.counts);
    }

    @Test
    @Order(2)
    void aReplayedDeadLetterComesBackAsTheSameArticlesAndChangesNoCount() throws Exception {
        String raw = NAMES.get("topic.raw");
        String dlq = NAMES.get("topic.dlq");
        ConsumerRecord<String, byte[]> file = TestTopics.readAll(endpoints.bootstrapServers(), raw,
                new ByteArrayDeserializer()).get(0);
        Map<String, List<Long>> countsBefore = latestCounts();
        long filesBefore = pipeline.counters().get("enrich.files");
        long indexedBefore = pipeline.indexed();
        // the record as enrich dead-letters one it could not process: original bytes, reason and origin in headers
        ProducerRecord<byte[], byte[]> deadLetter = new ProducerRecord<>(dlq, file.key().getBytes(StandardCharsets.UTF_8),
                file.value());
        DeadLetter.describe(deadLetter.headers(), "enrich", new IllegalStateException("a bug since fixed"),
                raw, file.partition(), file.offset());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                endpoints.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(deadLetter).get();
        }

        StringWriter out = new StringWriter();
        CommandLine dlqCommand = Newsflow.commandLine();
        dlqCommand.setOut(new PrintWriter(out));
        assertThat(dlqCommand.execute("dlq", "--bootstrap-servers", endpoints.bootstrapServers(), "--topic", dlq,
                "--replay")).as(out.toString()).isZero();
        assertThat(out.toString()).contains("1 dead letter replayed");

        await().atMost(Duration.ofMinutes(1)).until(() -> pipeline.counters().get("enrich.files") == filesBefore + 1
                && pipeline.indexed() > indexedBefore);
        assertThat(search.count()).isEqualTo(articles);
        assertThat(search.search("", 100)).extracting(ArticleSearch.Hit::id)
                .filteredOn(id -> id.startsWith(file.key())).isNotEmpty();
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30)).until(() -> latestCounts().equals(countsBefore));
    }

    /** The latest mentions and articles per key on the entity-counts topic. */
    private Map<String, List<Long>> latestCounts() {
        AvroDeserializer<EntityCount> counts = new AvroDeserializer<>(EntityCount.class);
        counts.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, endpoints.schemaRegistry()), false);
        Map<String, List<Long>> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, EntityCount> record
                : TestTopics.readAll(endpoints.bootstrapServers(), NAMES.get("topic.entity-counts"), counts)) {
            latest.put(record.key(), List.of(record.value().getMentions(), record.value().getArticles()));
        }
        return latest;
    }

    private static Process start(List<String> command) throws IOException {
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** One consumer's lines: the latest article per id and the latest count per key. */
    private record Consumed(Map<String, JsonNode> articles, Map<String, JsonNode> counts) {
        static Consumed read(Process consumer) throws Exception {
            String output = new String(consumer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(consumer.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(consumer.exitValue()).as(output).isZero();
            Consumed consumed = new Consumed(new LinkedHashMap<>(), new LinkedHashMap<>());
            for (String line : output.lines().toList()) {
                JsonNode record = JSON.readTree(line);
                if (record.has("id")) {
                    consumed.articles.put(record.get("id").asText(), record);
                } else {
                    consumed.counts.put(record.get("key").asText(), record);
                }
            }
            return consumed;
        }
    }
}
