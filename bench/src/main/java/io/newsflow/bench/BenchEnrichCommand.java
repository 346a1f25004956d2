package io.newsflow.bench;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedSchemaRegistry;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.schemas.RawFile;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import io.newsflow.schemas.serde.AvroSerializer;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench enrich SAMPLES_DIR}: the enrich stage on a real broker with 1, then 2
 * stream threads over the same raw files (the sample files, repeated with a distinct last line
 * so each is a new file): files/s, articles/s, tokens/s and the scaling from 1 to 2 threads.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Measure enrich articles/s and tokens/s with 1 and 2 stream threads on an embedded broker.")
final class BenchEnrichCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SAMPLES_DIR", description = "Folder of .txt/.html news files to enrich (e.g. samples/seeds).")
    Path samples;

    @Option(names = "--files", defaultValue = "200", description = "Raw files to enrich per run (default: ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Stream thread counts to compare (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "target/bench-enrich",
            description = "Scratch folder for the embedded broker (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> sources;
        try (Stream<Path> listed = Files.list(samples)) {
            sources = listed.filter(Files::isRegularFile).sorted().toList();
        }
        Path work = workDir.toAbsolutePath();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("kafka-" + System.nanoTime()), 0);
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(work.resolve("registry-" + System.nanoTime()), 0)) {
            String rawTopic = "bench-enrich-raw-" + System.nanoTime();
            publish(kafka, registry, rawTopic, sources);
            out.printf("%-8s %8s %10s %10s %12s %10s%n", "threads", "files", "files/s", "articles/s", "tokens/s", "scaling");
            double base = 0;
            for (int count : threads) {
                Map<String, Object> settings = Map.of(
                        EnrichConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                        EnrichConfig.SCHEMA_REGISTRY_URL, registry.url(),
                        EnrichConfig.APPLICATION_ID, "bench-enrich-" + count + "-" + System.nanoTime(),
                        EnrichConfig.RAW_TOPIC, rawTopic,
                        EnrichConfig.ARTICLES_TOPIC, rawTopic + "-articles-" + count,
                        EnrichConfig.ENTITY_COUNTS_TOPIC, rawTopic + "-counts-" + count,
                        EnrichConfig.STREAM_THREADS, count,
                        EnrichConfig.STATE_DIR, work.resolve("state-" + System.nanoTime()).toString());
                try (EnrichService service = new EnrichService(new EnrichConfig(settings),
                        ArticleEnricher.withRecognizerPerThread())) {
                    service.start();
                    // the clock starts with the first enriched file: model loading and rebalancing are not throughput
                    while (service.stats().files() == 0) {
                        Thread.sleep(5);
                    }
                    long start = System.nanoTime();
                    long startFiles = service.stats().files();
                    long startArticles = service.stats().articles();
                    long startTokens = service.stats().tokens();
                    while (service.stats().files() + service.stats().deadLettered() < files) {
                        Thread.sleep(5);
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    double filesPerSecond = (service.stats().files() - startFiles) / seconds;
                    if (base == 0) {
                        base = filesPerSecond;
                    }
                    out.printf("%-8d %8d %10.1f %10.1f %12.0f %9.2fx%n", count, files, filesPerSecond,
                            (service.stats().articles() - startArticles) / seconds,
                            (service.stats().tokens() - startTokens) / seconds, filesPerSecond / base);
                    out.flush();
                }
            }
        }
        return 0;
    }

    private void publish(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry, String topic, List<Path> sources)
            throws Exception {
        AvroSerializer<RawFile> values = new AvroSerializer<>();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), false);
        io.newsflow.schemas.topics.NewsTopics.ensure(kafka.bootstrapServers(), List.of(topic), 6);
        try (KafkaProducer<String, RawFile> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 32 * 1024 * 1024), new StringSerializer(), values)) {
            for (int i = 0; i < files; i++) {
                Path source = sources.get(i % sources.size());
                byte[] bytes = (Files.readString(source) + "\nDispatch " + i + ".\n").getBytes(StandardCharsets.UTF_8);
                String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
                String name = source.getFileName().toString();
                producer.send(new ProducerRecord<>(topic, id, RawFile.newBuilder().setId(id).setFileName(i + "-" + name)
                        .setSizeBytes(bytes.length).setModifiedTime(Instant.now()).setIngestTime(Instant.now())
                        .setMediaType(name.matches("(?i).*\\.x?html?$") ? "text/html" : "text/plain")
                        .setCharset("UTF-8").setContent(ByteBuffer.wrap(bytes)).build()));
            }
        }
    }
}
