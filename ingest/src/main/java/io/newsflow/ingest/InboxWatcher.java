package io.newsflow.ingest;

import io.newsflow.schemas.RawFile;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import io.newsflow.schemas.serde.AvroSerializer;
import io.newsflow.schemas.topics.NewsTopics;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: watches the inbox and publishes each dropped file as one {@link RawFile}
 * keyed by the SHA-256 of its bytes, moving it to done/ only after the broker acknowledged it
 * (acks=all, idempotent producer). A file that can never be published goes to failed/ with its
 * reason beside it. A crash between acknowledgement and move republishes the same key, which
 * the later stages treat as the same article.
 *
 * <p>Run alone with {@code newsflow ingest --bootstrap-servers ... --schema-registry ...}.
 */
public final class InboxWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);
    /** Names of files that are still being written or are not the user's: hidden, partial downloads, Office locks. */
    private static final Pattern TEMPORARY = Pattern.compile("^(\\..*|~\\$.*|.*\\.(part|tmp|crdownload))$",
            Pattern.CASE_INSENSITIVE);
    private static final int BATCH = 500;

    private final IngestConfig config;
    private final Producer<String, RawFile> producer;
    private final DroppedFileReader reader;
    private final FileOutcome outcome;
    private final IngestStats stats = new IngestStats();
    private final Map<Path, Observation> observed = new HashMap<>();
    private final String topic;
    private volatile boolean running;
    private Thread thread;
    private WatchService events;

    private record Observation(long size, long modified, long sameSinceNanos) {
    }

    public InboxWatcher(IngestConfig config, Producer<String, RawFile> producer) {
        this.config = config;
        this.producer = producer;
        this.reader = new DroppedFileReader(config.getLong(IngestConfig.MAX_FILE_BYTES));
        this.outcome = new FileOutcome(config.done(), config.failed());
        this.topic = config.getString(IngestConfig.RAW_TOPIC);
    }

    /** A watcher with its own idempotent producer; creates the raw topic if it is missing. */
    public static InboxWatcher create(IngestConfig config) {
        String bootstrap = config.getString(IngestConfig.BOOTSTRAP_SERVERS);
        NewsTopics.ensure(bootstrap, List.of(config.getString(IngestConfig.RAW_TOPIC)),
                config.getInt(IngestConfig.TOPIC_PARTITIONS));
        AvroSerializer<RawFile> values = new AvroSerializer<>();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, config.getString(IngestConfig.SCHEMA_REGISTRY_URL)),
                false);
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) Math.min(Integer.MAX_VALUE,
                config.getLong(IngestConfig.MAX_FILE_BYTES) + 1024 * 1024));
        return new InboxWatcher(config, new KafkaProducer<>(settings, new StringSerializer(), values));
    }

    public IngestStats stats() {
        return stats;
    }

    /** Starts watching in a background thread; files already in the inbox are picked up first. */
    public synchronized void start() throws IOException {
        Path inbox = config.inbox();
        Files.createDirectories(inbox);
        Files.createDirectories(config.done());
        Files.createDirectories(config.failed());
        if (!Files.isWritable(inbox)) {
            throw new IOException("ingest cannot move files out of " + inbox + ": no write access. Fix its"
                    + " permissions or choose another folder with --inbox.");
        }
        events = FileSystems.getDefault().newWatchService();
        inbox.register(events, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        running = true;
        thread = new Thread(this::watch, "inbox-watcher");
        thread.start();
        LOG.info("Watching {} (published files go to {}, refused ones to {})", inbox, config.done(), config.failed());
    }

    private void watch() {
        long pollMillis = config.pollInterval().toMillis();
        while (running) {
            try {
                scanOnce();
                var key = events.poll(pollMillis, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            } catch (ClosedWatchServiceException | InterruptedException stop) {
                return;
            } catch (RuntimeException | IOException e) {
                // e.g. the broker is unreachable: files stay in the inbox and are retried
                LOG.error("Ingest pass failed, retrying in {} ms: {}", pollMillis, e.toString());
                sleepQuietly(pollMillis);
            }
        }
    }

    /** One pass: publishes every file whose size and time have been stable long enough. */
    void scanOnce() throws IOException {
        long now = System.nanoTime();
        long stableNanos = config.stableInterval().toNanos();
        List<Path> ready = new ArrayList<>();
        Map<Path, Observation> present = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(config.inbox())) {
            for (Path file : entries) {
                BasicFileAttributes attributes;
                try {
                    // NOFOLLOW: a link could point out of the inbox; links are never read
                    attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (!attributes.isRegularFile() || TEMPORARY.matcher(file.getFileName().toString()).matches()) {
                    continue;
                }
                Observation before = observed.get(file);
                long size = attributes.size();
                long modified = attributes.lastModifiedTime().toMillis();
                Observation current = before != null && before.size == size && before.modified == modified
                        ? before : new Observation(size, modified, now);
                if (before == null) {
                    stats.seen.incrementAndGet();
                }
                present.put(file, current);
                if (now - current.sameSinceNanos >= stableNanos) {
                    ready.add(file);
                }
            }
        }
        observed.keySet().retainAll(present.keySet());
        observed.putAll(present);
        for (int from = 0; from < ready.size(); from += BATCH) {
            publish(ready.subList(from, Math.min(ready.size(), from + BATCH)));
        }
        ready.forEach(observed::remove);
    }

    /** Publishes the given files and waits for the broker; returns how many were published. */
    public int publish(List<Path> files) throws IOException {
        Map<Path, Future<RecordMetadata>> sent = new LinkedHashMap<>();
        Map<Path, Long> sizes = new HashMap<>();
        for (Path file : files) {
            RawFile raw;
            try {
                raw = reader.read(file, config.inbox().relativize(file.toAbsolutePath().normalize()).toString()
                        .replace('\\', '/'));
            } catch (NoSuchFileException gone) {
                continue;
            } catch (RefusedFileException refused) {
                Path moved = outcome.refused(file, file.getFileName() + ": " + refused.getMessage());
                stats.refused.incrementAndGet();
                LOG.warn("Refused {}: {} (moved to {})", file.getFileName(), refused.getMessage(), moved);
                continue;
            }
            sizes.put(file, raw.getSizeBytes());
            sent.put(file, producer.send(new ProducerRecord<>(topic, raw.getId(), raw)));
        }
        producer.flush();
        int published = 0;
        for (Map.Entry<Path, Future<RecordMetadata>> entry : sent.entrySet()) {
            Path file = entry.getKey();
            try {
                RecordMetadata metadata = entry.getValue().get();
                outcome.published(file);
                published++;
                stats.published.incrementAndGet();
                stats.bytesPublished.addAndGet(sizes.get(file));
                LOG.info("Published {} to {}-{}@{}", file.getFileName(), metadata.topic(), metadata.partition(),
                        metadata.offset());
            } catch (ExecutionException e) {
                // left in the inbox: the next pass tries again
                LOG.error("Kafka did not acknowledge {}; it stays in the inbox and will be retried: {}",
                        file.getFileName(), e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return published;
            }
        }
        return published;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        try {
            if (events != null) {
                events.close();
            }
            if (thread != null) {
                // no interrupt: a pass in progress finishes, so no file is left half-handled
                thread.join(60_000);
            }
        } catch (IOException e) {
            LOG.warn("Closing the inbox watch failed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
        LOG.info("Ingest stopped: {}", stats);
    }
}
