package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.embedded.TestServices;
import io.newsflow.embedded.TestTopics;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.DateSource;
import io.newsflow.schemas.RawFile;
import io.newsflow.schemas.serde.AvroDeserializer;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import io.newsflow.schemas.serde.AvroSerializer;
import io.newsflow.schemas.serde.AvroSerde;
import io.newsflow.schemas.EntityCount;
import io.newsflow.schemas.CountWindow;
import io.newsflow.schemas.EntityType;
import io.newsflow.schemas.topics.DeadLetter;
import io.newsflow.schemas.topics.NewsTopics;
import java.nio.ByteBuffer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The topology through TopologyTestDriver, with the real enricher and a real registry for the serde. */
class EnrichTopologyTest {
    private static final Path SEEDS = Paths.get(System.getProperty("newsflow.home", "..")).resolve("samples/seeds");
    private static ArticleEnricher enricher;

    private final String registry = TestServices.registry().url();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<String, byte[]> deadLetters;
    private TestOutputTopic<String, EntityCount> counts;
    private AvroSerializer<RawFile> rawFiles;

    @BeforeAll
    static void loadRecognizer() {
        enricher = ArticleEnricher.withRecognizerPerThread();
    }

    /** The topology under {@code config}, with serdes reading through the test registry. */
    private TopologyTestDriver driverFor(EnrichConfig config) {
        AvroDeserializer<RawFile> rawReader = new AvroDeserializer<>(RawFile.class);
        rawReader.configure(config.registrySettings(), false);
        AvroSerde<Article> articleSerde = new AvroSerde<>(Article.class);
        articleSerde.configure(config.registrySettings(), false);
        AvroSerde<EntityCount> countSerde = new AvroSerde<>(EntityCount.class);
        countSerde.configure(config.registrySettings(), false);
        return new TopologyTestDriver(EnrichTopology.build(config, rawReader, articleSerde, countSerde, enricher,
                new EnrichStats()), config.streamsProperties());
    }

    private static <T extends SpecificRecord> AvroDeserializer<T> reader(Class<T> type, EnrichConfig config) {
        AvroDeserializer<T> reader = new AvroDeserializer<>(type);
        reader.configure(config.registrySettings(), false);
        return reader;
    }

    @BeforeEach
    void startDriver() {
        Map<String, Object> settings = Map.of(
                EnrichConfig.BOOTSTRAP_SERVERS, "unused:9092",
                EnrichConfig.SCHEMA_REGISTRY_URL, registry,
                EnrichConfig.STATE_DIR, TestServices.freshDir("ttd-state").toString());
        EnrichConfig config = new EnrichConfig(settings);
        driver = driverFor(config);
        rawFiles = new AvroSerializer<>();
        rawFiles.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry), false);
        raw = driver.createInputTopic("news.raw", new StringSerializer(), new ByteArraySerializer());
        articles = driver.createOutputTopic("news.articles", new StringDeserializer(), reader(Article.class, config));
        deadLetters = driver.createOutputTopic("news.dlq", new StringDeserializer(), new ByteArrayDeserializer());
        counts = driver.createOutputTopic("news.entity-counts", new StringDeserializer(), reader(EntityCount.class, config));
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void aSeedFileBecomesOneArticleWithTitleBodyAndEntitiesKeyedByFileHashAndPart() throws Exception {
        RawFile file = rawFile("000_463387caab54acbb.txt", Files.readAllBytes(SEEDS.resolve("000_463387caab54acbb.txt")),
                "UTF-8");
        raw.pipeInput(file.getId(), rawFiles.serialize("news.raw", file));

        List<TestRecord<String, Article>> out = articles.readRecordsToList();
        assertThat(out).hasSize(1);
        Article article = out.get(0).value();
        assertThat(out.get(0).key()).isEqualTo(file.getId() + "-0").isEqualTo(article.getId());
        assertThat(article.getTitle()).isEqualTo("Western spy agencies contact Syria for fighting terrorists");
        assertThat(article.getBody()).startsWith("European security officials").doesNotContain("Print E-mail");
        assertThat(article.getEntities()).extracting(e -> e.getCanonicalName()).contains("Damascus");
        assertThat(article.getPublishedSource()).isIn(DateSource.values());
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void aMultiPostPageBecomesOneArticlePerPost() throws Exception {
        RawFile file = rawFile("003_42d5ccc6b8b7353e.txt", Files.readAllBytes(SEEDS.resolve("003_42d5ccc6b8b7353e.txt")),
                "UTF-8");
        raw.pipeInput(file.getId(), rawFiles.serialize("news.raw", file));
        List<Article> posts = articles.readValuesToList();
        assertThat(posts).hasSize(7);
        assertThat(posts).extracting(Article::getPartIndex).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(posts).allSatisfy(p -> assertThat(p.getPartCount()).isEqualTo(7));
    }

    @Test
    void unreadableRecordsAndUndecodableFilesGoToTheDeadLetterTopicWithTheReasonAndTheStreamGoesOn() {
        raw.pipeInput("junk", "not avro at all".getBytes(StandardCharsets.UTF_8));
        RawFile badCharset = rawFile("odd.txt", "Some text".getBytes(StandardCharsets.UTF_8), "x-no-such-charset");
        raw.pipeInput(badCharset.getId(), rawFiles.serialize("news.raw", badCharset));
        RawFile good = rawFile("ok.txt", ("Raqqa fell to the Syrian Democratic Forces in October after a long battle,"
                + " officials in Damascus and Ankara said on Tuesday.\n").getBytes(StandardCharsets.UTF_8), "UTF-8");
        raw.pipeInput(good.getId(), rawFiles.serialize("news.raw", good));

        List<TestRecord<String, byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).extracting(TestRecord::key).containsExactly("junk", badCharset.getId());
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not avro at all");
        assertThat(header(dead.get(0), DeadLetter.REASON)).contains("magic byte");
        assertThat(header(dead.get(1), DeadLetter.REASON)).contains("odd.txt").contains("x-no-such-charset");
        assertThat(header(dead.get(1), DeadLetter.STAGE)).isEqualTo("enrich");
        assertThat(header(dead.get(1), DeadLetter.SOURCE_TOPIC)).isEqualTo("news.raw");
        assertThat(articles.readValuesToList()).extracting(Article::getRawId).containsExactly(good.getId());
    }

    @Test
    void aRecordThatCannotBeReadWhileTheRegistryIsDownFailsTheThreadInsteadOfGoingToTheDeadLetterTopic() throws Exception {
        int nothingListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nothingListens = socket.getLocalPort();
        }
        EnrichConfig config = new EnrichConfig(Map.of(
                EnrichConfig.BOOTSTRAP_SERVERS, "unused:9092",
                EnrichConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:" + nothingListens + "/apis/ccompat/v7",
                EnrichConfig.STATE_DIR, TestServices.freshDir("ttd-registry-down").toString()));
        RawFile seed = rawFile("000_463387caab54acbb.txt", Files.readAllBytes(SEEDS.resolve("000_463387caab54acbb.txt")),
                "UTF-8");
        try (TopologyTestDriver registryDown = driverFor(config)) {
            TestInputTopic<String, byte[]> input = registryDown.createInputTopic("news.raw", new StringSerializer(),
                    new ByteArraySerializer());
            // the writer's schema cannot be fetched: that is the registry's fault, not the record's
            assertThatThrownBy(() -> input.pipeInput(seed.getId(), rawFiles.serialize("news.raw", seed)))
                    .hasStackTraceContaining("The schema registry cannot be reached to read news.raw record " + seed.getId());
            assertThat(registryDown.createOutputTopic("news.dlq", new StringDeserializer(), new ByteArrayDeserializer())
                    .isEmpty()).isTrue();
        }
    }

    @Test
    void aStoryPublishedJustAfterMidnightInBerlinCountsOnItsOwnDay() {
        RawFile page = RawFile.newBuilder(rawFile("berlin.html", ("<html lang=de><head><title>Streik im Hafen</title>"
                + "<meta property='article:published_time' content='2019-10-16T00:04:00+02:00'></head><body><article>"
                + "<p>Die Hafenarbeiter in Hamburg haben am Mittwoch die Arbeit niedergelegt. Angela Merkel rief beide"
                + " Seiten zu Gesprächen auf, und die Gewerkschaft Verdi kündigte weitere Streiks an.</p>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8), "UTF-8")).setMediaType("text/html").build();
        raw.pipeInput(page.getId(), rawFiles.serialize("news.raw", page));

        Article article = articles.readValue();
        assertThat(article.getPublishedLocal()).isEqualTo("2019-10-16T00:04+02:00");
        assertThat(article.getPublished()).isEqualTo(Instant.parse("2019-10-15T22:04:00Z"));
        assertThat(counts.readKeyValuesToMap().keySet()).anyMatch(k -> k.contains("|DAY|2019-10-16T00:00:00Z|"))
                .noneMatch(k -> k.contains("|DAY|2019-10-15"));
    }

    @Test
    void mentionsAreCountedPerEntityHourAndDayOfPublicationAndARepeatedFileCountsOnce() throws Exception {
        RawFile file = rawFile("003_42d5ccc6b8b7353e.txt", Files.readAllBytes(SEEDS.resolve("003_42d5ccc6b8b7353e.txt")),
                "UTF-8");
        raw.pipeInput(file.getId(), rawFiles.serialize("news.raw", file));
        List<Article> posts = articles.readValuesToList();
        Map<String, EntityCount> latest = counts.readKeyValuesToMap();
        raw.pipeInput(file.getId(), rawFiles.serialize("news.raw", file));
        assertThat(articles.readValuesToList()).hasSize(posts.size());
        assertThat(counts.isEmpty()).as("a repeated file changes no count").isTrue();

        // the first post (08 December 2017) is about Raqqa
        Article first = posts.get(0);
        io.newsflow.schemas.Entity raqqa = first.getEntities().stream()
                .filter(e -> e.getCanonicalName().equals("Raqqa")).findFirst().orElseThrow();
        long expectedMentions = posts.stream().filter(p -> p.getPublished().equals(first.getPublished()))
                .flatMap(p -> p.getEntities().stream())
                .filter(e -> e.getCanonicalName().equals("Raqqa") && e.getType() == raqqa.getType())
                .mapToLong(io.newsflow.schemas.Entity::getCount).sum();
        EntityCount day = latest.get(raqqa.getType() + "|DAY|2017-12-08T00:00:00Z|Raqqa");
        assertThat(day).isNotNull();
        assertThat(day.getWindow()).isEqualTo(CountWindow.DAY);
        assertThat(day.getWindowStart()).isEqualTo(Instant.parse("2017-12-08T00:00:00Z"));
        assertThat(day.getMentions()).isEqualTo(expectedMentions);
        assertThat(day.getArticles()).isEqualTo(1);
        assertThat(latest).containsKey(raqqa.getType() + "|HOUR|2017-12-08T00:00:00Z|Raqqa");
        assertThat(latest.values()).extracting(EntityCount::getType).contains(EntityType.LOCATION);
    }

    @Test
    void aSurnameAloneIsNamedAsAnEarlierArticleSpelledIt() {
        RawFile first = rawFile("first.txt", ("Syrian President Bashar al-Assad met envoys in Damascus on Tuesday, his office said.\n"
                + "Assad has refused to step down during the talks in Geneva, officials said.\n").getBytes(StandardCharsets.UTF_8),
                "UTF-8");
        RawFile second = rawFile("second.txt", ("Assad told reporters in Damascus that the army would retake the city of Aleppo"
                + " before the winter, according to state television.\n").getBytes(StandardCharsets.UTF_8), "UTF-8");
        raw.pipeInput(first.getId(), rawFiles.serialize("news.raw", first));
        raw.pipeInput(second.getId(), rawFiles.serialize("news.raw", second));

        List<Article> out = articles.readValuesToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(1).getEntities()).filteredOn(e -> e.getType() == EntityType.PERSON)
                .extracting(e -> e.getCanonicalName()).containsExactly("Bashar al-Assad");
        assertThat(out.get(1).getEntities()).filteredOn(e -> e.getType() == EntityType.PERSON)
                .flatExtracting(e -> e.getSurfaceForms()).containsExactly("Assad");
    }

    @Test
    void garbageOnTheMentionTopicIsDeadLetteredWithItsOriginGarbageAliasesAreNotLearntAndTheStreamGoesOn() throws Exception {
        // the bytes of a real saved page (gzipped HTML): neither an alias nor a mention count
        byte[] garbage = Files.readAllBytes(SEEDS.resolveSibling("../bench/src/test/resources/quality/mozilla/html/"
                + "lemonde-1.html.gz").normalize());
        String bootstrap = TestServices.kafka().bootstrapServers();
        String dlq = "ttd-dlq-" + System.nanoTime();
        NewsTopics.ensure(bootstrap, List.of(dlq), 1, Map.of());
        EnrichConfig config = new EnrichConfig(Map.of(
                EnrichConfig.BOOTSTRAP_SERVERS, bootstrap, // where the dead letters of unreadable records go
                EnrichConfig.SCHEMA_REGISTRY_URL, registry,
                EnrichConfig.DLQ_TOPIC, dlq,
                EnrichConfig.STATE_DIR, TestServices.freshDir("ttd-garbage").toString()));
        try (TopologyTestDriver garbled = driverFor(config)) {
            TestInputTopic<String, byte[]> aliases = garbled.createInputTopic("news.entity-aliases",
                    new StringSerializer(), new ByteArraySerializer());
            TestInputTopic<String, byte[]> mentions = garbled.createInputTopic(
                    "newsflow-enrich-entity-mentions-repartition", new StringSerializer(), new ByteArraySerializer());
            aliases.pipeInput("PERSON|short|Assad", garbage);
            mentions.pipeInput("PERSON|DAY|2017-12-08T00:00:00Z|Bashar al-Assad", garbage);
            // the test driver reads global topics with Streams' LogAndContinue, not the configured handler:
            // here the alias is only kept out of the store; the pipeline test sees it dead-lettered on a real broker
            assertThat(garbled.<String, String>getKeyValueStore(EnrichTopology.ENTITY_ALIASES_STORE)
                    .get("PERSON|short|Assad")).isNull();

            RawFile seed = rawFile("000_463387caab54acbb.txt",
                    Files.readAllBytes(SEEDS.resolve("000_463387caab54acbb.txt")), "UTF-8");
            garbled.createInputTopic("news.raw", new StringSerializer(), new ByteArraySerializer())
                    .pipeInput(seed.getId(), rawFiles.serialize("news.raw", seed));
            Article article = garbled.createOutputTopic("news.articles", new StringDeserializer(),
                    reader(Article.class, config)).readValue();
            // no name came from the garbage "alias"
            assertThat(article.getEntities()).isNotEmpty().allSatisfy(entity -> assertThat(entity.getCanonicalName())
                    .doesNotContain("\uFFFD").doesNotContainPattern("\\p{Cntrl}"));
            assertThat(garbled.createOutputTopic("news.entity-counts", new StringDeserializer(),
                    reader(EntityCount.class, config)).readValuesToList()).isNotEmpty();
        }
        List<ConsumerRecord<String, byte[]>> dead = TestTopics.readAll(bootstrap, dlq, new ByteArrayDeserializer());
        assertThat(dead).extracting(r -> new String(r.headers().lastHeader(DeadLetter.SOURCE_TOPIC).value(),
                StandardCharsets.UTF_8)).containsExactly("newsflow-enrich-entity-mentions-repartition");
        assertThat(dead).allSatisfy(letter -> {
            assertThat(letter.value()).isEqualTo(garbage);
            assertThat(new String(letter.headers().lastHeader(DeadLetter.REASON).value(), StandardCharsets.UTF_8))
                    .contains("cannot be read", "find what else wrote to it");
            assertThat(new String(letter.headers().lastHeader(DeadLetter.STAGE).value(), StandardCharsets.UTF_8))
                    .isEqualTo("enrich");
        });
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static RawFile rawFile(String name, byte[] bytes, String charset) {
        return RawFile.newBuilder()
                .setId(Integer.toHexString(java.util.Arrays.hashCode(bytes)) + name.hashCode())
                .setFileName(name).setSizeBytes(bytes.length)
                .setModifiedTime(Instant.parse("2017-12-08T10:00:00Z")).setIngestTime(Instant.parse("2017-12-09T10:00:00Z"))
                .setMediaType("text/plain").setCharset(charset).setContent(ByteBuffer.wrap(bytes))
                .build();
    }
}
