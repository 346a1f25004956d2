package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.embedded.TestServices;
import io.newsflow.embedded.TestTopics;
import io.newsflow.schemas.RawFile;
import io.newsflow.schemas.serde.AvroDeserializer;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The watcher against a real broker and registry, with the real seed files. */
class InboxWatcherTest {
    private static final Path SEEDS = Paths.get(System.getProperty("newsflow.home", "..")).resolve("samples/seeds");

    private final String bootstrap = TestServices.kafka().bootstrapServers();
    private final String registry = TestServices.registry().url();

    @Test
    void seedsArePublishedOnceAndMovedToDoneWhileBadFilesGoToFailedWithAReason() throws Exception {
        Path inbox = TestServices.freshDir("inbox");
        String topic = "ingest-seeds";
        List<Path> seeds = seeds();
        for (Path seed : seeds) {
            Files.copy(seed, inbox.resolve(seed.getFileName()));
        }
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        Files.write(inbox.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.writeString(inbox.resolve("download.html.part"), "<html>half");
        Files.write(inbox.resolve("page.html.gz"), gzip("<!DOCTYPE html><title>T</title><p>Raqqa</p>"));

        try (InboxWatcher watcher = InboxWatcher.create(config(inbox, topic))) {
            watcher.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> watcher.stats().published() == seeds.size() + 1
                    && watcher.stats().refused() == 2);
        }

        List<ConsumerRecord<String, RawFile>> records = read(topic, seeds.size() + 1);
        assertThat(records).hasSize(seeds.size() + 1);
        for (ConsumerRecord<String, RawFile> record : records) {
            assertThat(record.key()).isEqualTo(record.value().getId()).hasSize(64);
        }
        RawFile page = records.stream().map(ConsumerRecord::value)
                .filter(r -> r.getFileName().equals("page.html.gz")).findFirst().orElseThrow();
        assertThat(page.getMediaType()).isEqualTo("text/html");
        assertThat(page.getCompression()).isEqualTo("gzip");
        assertThat(StandardCharsets.UTF_8.decode(page.getContent()).toString()).contains("<p>Raqqa</p>");
        RawFile seed = records.stream().map(ConsumerRecord::value)
                .filter(r -> r.getFileName().equals(seeds.get(0).getFileName().toString())).findFirst().orElseThrow();
        assertThat(seed.getMediaType()).isEqualTo("text/plain");
        assertThat(seed.getCharset()).isEqualTo("UTF-8");
        assertThat(seed.getContent().array()).isEqualTo(Files.readAllBytes(seeds.get(0)));

        assertThat(names(inbox.resolve("done"))).hasSize(seeds.size() + 1);
        assertThat(names(inbox.resolve("failed")))
                .containsExactlyInAnyOrder("empty.txt", "empty.txt.error.txt", "photo.txt", "photo.txt.error.txt");
        assertThat(Files.readString(inbox.resolve("failed/empty.txt.error.txt"))).contains("empty");
        assertThat(Files.readString(inbox.resolve("failed/photo.txt.error.txt"))).contains("binary");
        assertThat(inbox.resolve("download.html.part")).exists();
    }

    @Test
    void theSameFileDroppedTwiceIsTheSameRecordKeyAndKeepsBothCopiesInDone() throws Exception {
        Path inbox = TestServices.freshDir("inbox-twice");
        String topic = "ingest-twice";
        Path seed = seeds().get(1);
        try (InboxWatcher watcher = InboxWatcher.create(config(inbox, topic))) {
            watcher.start();
            Files.copy(seed, inbox.resolve(seed.getFileName()));
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 1);
            Files.copy(seed, inbox.resolve(seed.getFileName()));
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.stats().published() == 2);
        }
        List<ConsumerRecord<String, RawFile>> records = read(topic, 2);
        assertThat(records).extracting(ConsumerRecord::key).hasSize(2).containsOnly(records.get(0).key());
        assertThat(names(inbox.resolve("done"))).containsExactlyInAnyOrder(
                seed.getFileName().toString(), seed.getFileName().toString().replace(".txt", " (1).txt"));
    }

    private IngestConfig config(Path inbox, String topic) {
        return new IngestConfig(Map.of(
                IngestConfig.BOOTSTRAP_SERVERS, bootstrap,
                IngestConfig.SCHEMA_REGISTRY_URL, registry,
                IngestConfig.INBOX_DIR, inbox.toString(),
                IngestConfig.RAW_TOPIC, topic,
                IngestConfig.STABLE_INTERVAL_MS, "200",
                IngestConfig.POLL_INTERVAL_MS, "100"));
    }

    private List<ConsumerRecord<String, RawFile>> read(String topic, int expected) {
        AvroDeserializer<RawFile> values = new AvroDeserializer<>(RawFile.class);
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry), false);
        // read a little past the expected count so a duplicate would show
        List<ConsumerRecord<String, RawFile>> records =
                TestTopics.read(bootstrap, topic, values, expected + 1, Duration.ofSeconds(5));
        return records;
    }

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.sorted().toList();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
