package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.embedded.TestServices;
import io.newsflow.embedded.TestTopics;
import io.newsflow.schemas.EntityCount;
import io.newsflow.schemas.serde.AvroDeserializer;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import io.newsflow.sink.ArticleSearch;
import io.newsflow.sink.SearchStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The five real seed files through ingest, enrich and sink on a real broker, registry and OpenSearch node. */
class PipelineEndToEndTest {
    private static final Path SEEDS = Paths.get(System.getProperty("newsflow.home", "..")).resolve("samples/seeds");

    private static String newsflow(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cmd = Newsflow.commandLine();
        cmd.setOut(new PrintWriter(out));
        assertThat(cmd.execute(args)).as(String.join(" ", args)).isZero();
        return out.toString();
    }

    @Test
    void droppedSeedsBecomeSearchableArticlesWithEntitiesAndADroppedAgainFileAddsNothing() throws Exception {
        Endpoints endpoints = new Endpoints(TestServices.kafka().bootstrapServers(), TestServices.registry().url(),
                TestServices.openSearch().httpUrl());
        Path inbox = TestServices.freshDir("e2e-inbox");
        Path data = TestServices.freshDir("e2e-data");
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.sorted().toList();
        }
        ArticleSearch search = new ArticleSearch(SearchStore.connect(endpoints.openSearch(), null, null), "news-articles");

        try (Pipeline pipeline = new Pipeline(endpoints, inbox, data, Map.of("num.stream.threads", "1"));
             MetricsEndpoint metrics = MetricsEndpoint.start("127.0.0.1", 0, new PrintWriter(Writer.nullWriter()))) {
            pipeline.bindMetrics(metrics.registry());
            pipeline.start();
            for (Path seed : seeds) {
                Files.copy(seed, inbox.resolve(seed.getFileName()));
            }
            // seed 003 is a page of seven posts, the others one article each
            int expected = seeds.size() - 1 + 7;
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> pipeline.indexed() >= expected);
            await().atMost(Duration.ofSeconds(10)).until(() -> search.count() == expected);

            List<ArticleSearch.Hit> raqqa = search.search("Raqqa", 100);
            assertThat(raqqa).isNotEmpty();
            assertThat(raqqa).allSatisfy(hit -> assertThat(hit.topEntities()).isNotEmpty());
            // seed 001 spells it "Raqqah": found through the entity's canonical name, its snippet highlights nothing
            String raqqah = seeds.get(1).getFileName().toString();
            assertThat(raqqa).filteredOn(hit -> !hit.fileName().equals(raqqah))
                    .allSatisfy(hit -> assertThat(hit.snippet()).contains("<em>Raqqa</em>"));
            assertThat(raqqa).extracting(ArticleSearch.Hit::fileName).contains(seeds.get(3).getFileName().toString(), raqqah);

            String printed = newsflow("search", "--opensearch", endpoints.openSearch(), "Raqqa");
            assertThat(printed).contains("003_42d5ccc6b8b7353e.txt").contains("entities: ").contains("[Raqqa]");
            endpoints.save(data, metrics.url()); // as `newsflow run` does: search and status then find it by themselves
            String json = newsflow("search", "--data-dir", data.toString(), "--json", "\"Islamic State\"");
            assertThat(json.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"id\":"));

            AvroDeserializer<EntityCount> counts = new AvroDeserializer<>(EntityCount.class);
            counts.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, endpoints.schemaRegistry()), false);
            await().atMost(Duration.ofSeconds(30)).until(() -> TestTopics.readAll(endpoints.bootstrapServers(),
                    "news.entity-counts", counts).stream().anyMatch(r -> r.value().getCanonicalName().equals("Raqqa")));

            String status = newsflow("status", "--data-dir", data.toString());
            assertThat(status).containsPattern("newsflow_ingest_files_published_total +5.0")
                    .containsPattern("newsflow_sink_indexed_total +" + expected + ".0")
                    .containsPattern("newsflow_enrich_ner_cpu_seconds_total +(0\\.\\d*[1-9]|[1-9])")
                    .contains("topic news.raw           5 offsets", "lag newsflow-sink", "news.articles-5");
            // the same page a Prometheus scrapes, with the Kafka clients' and Streams' own metrics
            String page = new String(URI.create(metrics.url()).toURL().openStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(page).contains("newsflow_sink_bulk_seconds_count", "kafka_consumer_fetch_manager_records_lag_max",
                    "kafka_producer_record_send_total", "jvm_memory_used_bytes");
            // status reads the names the stages were given, not copies of the defaults
            assertThat(newsflow("status", "--data-dir", data.toString(), "-s", "group.id=reports-sink"))
                    .contains("lag reports-sink").doesNotContain("lag newsflow-sink");

            long before = pipeline.indexed();
            Files.copy(seeds.get(0), inbox.resolve("same bytes again.txt"));
            await().atMost(Duration.ofMinutes(1)).until(() -> pipeline.indexed() > before);
            assertThat(search.count()).isEqualTo(expected);
        }
        assertThat(inbox.resolve("done")).isDirectoryContaining(p -> p.getFileName().toString().equals("same bytes again.txt"));
    }
}
