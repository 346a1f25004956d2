package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.embedded.TestServices;
import io.newsflow.sink.ArticleSearch;
import io.newsflow.sink.SearchStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The pipeline on the images docker-compose.yml names (Kafka, the Confluent registry, OpenSearch),
 * started by Testcontainers with the compose file's environment; the stages run in this JVM.
 * Needs a Docker engine: skipped without one.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeImagesTest {
    private static final Path SEEDS = Paths.get(System.getProperty("newsflow.home", "..")).resolve("samples/seeds");
    private static final ComposeFile COMPOSE = ComposeFile.load();
    private static final Network NETWORK = Network.newNetwork();

    @Container
    private static final KafkaContainer KAFKA = new KafkaContainer(DockerImageName.parse(COMPOSE.image("kafka")))
            .withNetwork(NETWORK).withNetworkAliases("kafka").withListener("kafka:19092");

    // the registry reaches Kafka on the container network, at the listener added above
    @Container
    private static final GenericContainer<?> REGISTRY = new GenericContainer<>(
            DockerImageName.parse(COMPOSE.image("schema-registry")))
            .withNetwork(NETWORK).withEnv(COMPOSE.environment("schema-registry"))
            .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
            .withExposedPorts(8081).dependsOn(KAFKA)
            .waitingFor(Wait.forHttp("/subjects").forStatusCode(200)).withStartupTimeout(Duration.ofMinutes(3));

    @Container
    private static final GenericContainer<?> OPENSEARCH = new GenericContainer<>(
            DockerImageName.parse(COMPOSE.image("opensearch")))
            .withEnv(COMPOSE.environment("opensearch")).withExposedPorts(9200)
            .waitingFor(Wait.forHttp("/_cluster/health?wait_for_status=yellow").forStatusCode(200))
            .withStartupTimeout(Duration.ofMinutes(3));

    @Test
    void theDroppedSeedsBecomeSearchableOnTheComposeFilesImages() throws Exception {
        Endpoints endpoints = new Endpoints(KAFKA.getBootstrapServers(),
                "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8081),
                "http://" + OPENSEARCH.getHost() + ":" + OPENSEARCH.getMappedPort(9200));
        Path inbox = TestServices.freshDir("images-inbox");
        ArticleSearch search = new ArticleSearch(SearchStore.connect(endpoints.openSearch(), null, null), "news-articles");
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.sorted().toList();
        }
        int expected = seeds.size() - 1 + 7; // seed 003 is a page of seven posts, the others one article each

        try (Pipeline pipeline = new Pipeline(endpoints, inbox, TestServices.freshDir("images-data"),
                Map.of("num.stream.threads", "1"))) {
            pipeline.start();
            for (Path seed : seeds) {
                Files.copy(seed, inbox.resolve(seed.getFileName()));
            }
            // a just-created index answers 503 until its shards are allocated
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptionsInstanceOf(IOException.class).until(() -> search.count() == expected);
            assertThat(search.search("Raqqa", 100)).isNotEmpty()
                    .allSatisfy(hit -> assertThat(hit.topEntities()).isNotEmpty());
        }
    }
}
