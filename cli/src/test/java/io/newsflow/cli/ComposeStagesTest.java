package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.embedded.OrphanGuard;
import io.newsflow.embedded.TestServices;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.sink.ArticleSearch;
import io.newsflow.sink.SearchStore;
import io.newsflow.sink.SinkConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

/**
 * The stage commands of docker-compose.yml, run as its containers run them: ingest, enrich and sink
 * each in a JVM of its own ({@code java $JAVA_OPTS -cp … io.newsflow.cli.Newsflow <command>}, as the
 * image's entrypoint does), with the compose hostnames and mounts mapped to this test's embedded
 * services and folders. A command that drifts from the code (a renamed option, a missing endpoint)
 * fails here, without a Docker engine.
 */
class ComposeStagesTest {
    private static final Path SEEDS = Paths.get(System.getProperty("newsflow.home", "..")).resolve("samples/seeds");
    private static final Map<String, ConfigDef> STAGES = stages();
    /** Names of their own, so these stages share no topic, group or index with other tests of this JVM. */
    private static final Map<String, String> NAMES = Map.of(
            "topic.raw", "compose.raw", "topic.articles", "compose.articles", "topic.dlq", "compose.dlq",
            "topic.entity-counts", "compose.entity-counts", "topic.entity-aliases", "compose.entity-aliases",
            "application.id", "compose-enrich", "group.id", "compose-sink", "index", "compose-articles",
            "num.stream.threads", "1");

    private final ComposeFile compose = ComposeFile.load();

    private static Map<String, ConfigDef> stages() {
        Map<String, ConfigDef> stages = new LinkedHashMap<>();
        stages.put("ingest", IngestConfig.definition());
        stages.put("enrich", EnrichConfig.definition());
        stages.put("sink", SinkConfig.definition());
        return stages;
    }

    @Test
    void eachStageWaitsUntilTheServicesItsCommandNamesAreHealthy() {
        for (String stage : STAGES.keySet()) {
            String command = String.join(" ", compose.command(stage));
            List<String> named = compose.serviceNames().stream()
                    .filter(service -> addressOf(service).matcher(command).find()).toList();
            assertThat(named).as("services the command of " + stage + " names").contains("kafka", "schema-registry");
            for (String service : named) {
                assertThat(compose.dependsOn(stage)).as(stage + " names " + service).containsEntry(service, "service_healthy");
                assertThat(compose.hasHealthcheck(service)).as(service + " has a health check").isTrue();
            }
        }
    }

    @Test
    void theThreeStageCommandsRunAsSeparateProcessesAndTheDroppedSeedsBecomeSearchable() throws Exception {
        Path inbox = TestServices.freshDir("compose-inbox");
        Path stateVolume = TestServices.freshDir("compose-volume-enrich-state");
        Map<String, String> mapped = new LinkedHashMap<>();
        mapped.put("http://schema-registry:8081", TestServices.registry().url());
        mapped.put("http://opensearch:9200", TestServices.openSearch().httpUrl());
        mapped.put("kafka:9092", TestServices.kafka().bootstrapServers());
        mapped.put(compose.volumes("ingest").get("./inbox"), inbox.toString());
        mapped.put(compose.volumes("enrich").get("enrich-state"), stateVolume.toString());
        ArticleSearch search = new ArticleSearch(SearchStore.connect(TestServices.openSearch().httpUrl(), null, null),
                NAMES.get("index"));
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.sorted().toList();
        }
        int expected = seeds.size() - 1 + 7; // seed 003 is a page of seven posts, the others one article each

        List<StageProcess> stages = new ArrayList<>();
        try {
            for (String stage : STAGES.keySet()) {
                stages.add(StageProcess.start(stage, javaOptions(stage), arguments(stage, mapped)));
            }
            for (Path seed : seeds) {
                Files.copy(seed, inbox.resolve(seed.getFileName()));
            }
            // a just-created index answers 503 until its shards are allocated
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptionsInstanceOf(IOException.class).until(() -> {
                stages.forEach(StageProcess::requireAlive);
                return search.count() == expected;
            });

            assertThat(search.search("Raqqa", 100)).isNotEmpty()
                    .allSatisfy(hit -> assertThat(hit.topEntities()).isNotEmpty());
            assertThat(inbox.resolve("done")).isDirectoryContaining(p -> p.getFileName().equals(seeds.get(0).getFileName()));
            try (Stream<Path> done = Files.list(inbox.resolve("done"))) {
                assertThat(done.count()).isEqualTo(seeds.size());
            }
            // enrich kept its Kafka Streams state where the compose file puts its volume
            assertThat(stateVolume.resolve("enrich-state")).isNotEmptyDirectory();
        } finally {
            stages.forEach(StageProcess::close);
        }
    }

    /** The stage's command from the compose file, hostnames and mounts mapped, plus this test's own names. */
    private List<String> arguments(String stage, Map<String, String> mapped) {
        List<String> arguments = new ArrayList<>();
        for (String argument : compose.command(stage)) {
            for (Map.Entry<String, String> entry : mapped.entrySet()) {
                argument = argument.replace(entry.getKey(), entry.getValue());
            }
            requireLocal(stage, argument);
            arguments.add(argument);
        }
        NAMES.forEach((key, value) -> {
            if (STAGES.get(stage).names().contains(key)) {
                arguments.addAll(List.of("-s", key + "=" + value));
            }
        });
        return arguments;
    }

    /** An argument still naming a compose service or a container path was not mapped: this test would miss it. */
    private void requireLocal(String stage, String argument) {
        String value = argument.substring(argument.indexOf('=') + 1);
        for (String service : compose.serviceNames()) {
            assertThat(addressOf(service).matcher(value).find())
                    .as("%s: '%s' names service %s, which this test does not map", stage, argument, service).isFalse();
        }
        if (value.startsWith("/")) {
            assertThat(Paths.get(value)).as("%s: '%s' is a container path this test does not map", stage, argument)
                    .startsWithRaw(Paths.get("target", "services").toAbsolutePath());
        }
    }

    /** {@code service:port}, as a host:port or inside a URL. */
    private static Pattern addressOf(String service) {
        return Pattern.compile("(^|[\\s=/,])" + Pattern.quote(service) + ":\\d+");
    }

    private List<String> javaOptions(String stage) {
        String options = compose.environment(stage).getOrDefault("JAVA_OPTS", "");
        return options.isBlank() ? List.of() : Arrays.asList(options.strip().split("\\s+"));
    }

    /** One stage in its own JVM, output in a log file whose tail a failure quotes. */
    private record StageProcess(String stage, Process process, Path log) {
        static StageProcess start(String stage, List<String> javaOptions, List<String> arguments) throws IOException {
            Path work = TestServices.freshDir("compose-" + stage);
            Path log = work.resolve(stage + ".log");
            List<String> command = new ArrayList<>();
            command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(javaOptions);
            // the guard ends the stage if this test JVM dies before closing it
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), OrphanGuard.class.getName(),
                    Newsflow.class.getName()));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new StageProcess(stage, process, log);
        }

        void requireAlive() {
            if (!process.isAlive()) {
                throw new AssertionError("newsflow " + stage + " exited with code " + process.exitValue()
                        + "; last lines of " + log + ":\n" + tail());
            }
        }

        private String tail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return lines.subList(Math.max(0, lines.size() - 30), lines.size()).stream()
                        .collect(Collectors.joining("\n"));
            } catch (IOException e) {
                return "(unreadable: " + e.getMessage() + ")";
            }
        }

        void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
