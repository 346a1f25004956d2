package io.newsflow.ingest;

import io.newsflow.embedded.TestServices;
import io.newsflow.embedded.TestTopics;
import io.newsflow.schemas.RawFile;
import io.newsflow.schemas.serde.AvroDeserializer;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** An inbox and a raw topic of its own on the shared real broker and registry. */
final class IngestFixture {
    static final Path SEEDS = Paths.get(System.getProperty("newsflow.home", "..")).resolve("samples/seeds");

    final String bootstrap = TestServices.kafka().bootstrapServers();
    final String registry = TestServices.registry().url();
    final Path inbox;
    final String topic;

    IngestFixture(String name) {
        this.inbox = TestServices.freshDir(name);
        this.topic = "ingest-" + name + "-" + inbox.getFileName().toString().replaceAll("\\D", "");
    }

    IngestConfig config(String... extra) {
        Map<String, Object> settings = new HashMap<>(settings());
        for (int i = 0; i < extra.length; i += 2) {
            settings.put(extra[i], extra[i + 1]);
        }
        return new IngestConfig(settings);
    }

    Map<String, String> settings() {
        return Map.of(
                IngestConfig.BOOTSTRAP_SERVERS, bootstrap,
                IngestConfig.SCHEMA_REGISTRY_URL, registry,
                IngestConfig.INBOX_DIR, inbox.toString(),
                IngestConfig.RAW_TOPIC, topic,
                IngestConfig.STABLE_INTERVAL_MS, "200",
                IngestConfig.POLL_INTERVAL_MS, "100");
    }

    /** Everything on the topic now. */
    List<ConsumerRecord<String, RawFile>> allRecords() {
        AvroDeserializer<RawFile> values = new AvroDeserializer<>(RawFile.class);
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry), false);
        return TestTopics.readAll(bootstrap, topic, values);
    }

    RawFile record(String fileName) {
        return allRecords().stream().map(ConsumerRecord::value).filter(r -> r.getFileName().equals(fileName))
                .findFirst().orElseThrow(() -> new AssertionError("no record for " + fileName));
    }

    List<String> names(String folder) throws IOException {
        Path dir = inbox.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.sorted().toList();
        }
    }
}
