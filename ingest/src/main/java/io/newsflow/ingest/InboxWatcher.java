package io.newsflow.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsflow.schemas.RawFile;
import io.newsflow.schemas.serde.AvroSerializer;
import io.newsflow.schemas.topics.ClientSettings;
import io.newsflow.schemas.topics.NewsTopics;
import io.newsflow.schemas.topics.ServiceAccess;
import io.newsflow.schemas.topics.TopicLayout;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: watches the inbox and publishes each dropped file as one {@link RawFile}
 * keyed by the SHA-256 of its bytes, moving it to done/ only after the broker acknowledged it
 * (acks=all, idempotent producer). A file that can never be published goes to failed/ with its
 * reason beside it. There is no intermediate state on disk: killed at any moment, a restart
 * finds every unfinished file still in the inbox; one killed between acknowledgement and move
 * is published again under the same key, which the later stages treat as the same article.
 *
 * <p>Run alone with {@code newsflow ingest --bootstrap-servers ... --schema-registry ...}.
 */
public final class InboxWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);
    /**
     * Held in the inbox while watching, so that a second ingest on the same folder refuses to start:
     * two would publish the same files twice and fight over moving them. A lock of the operating
     * system (released when the process ends, even by kill -9, which leaves the file); a dot-file, so no
     * watcher reads it.
     */
    static final String LOCK_FILE = ".newsflow-ingest.lock";
    /** Files sent before waiting for acknowledgements: bounds memory and the work a crash repeats. */
    private static final int BATCH_FILES = 500;
    private static final long BATCH_BYTES = 64L * 1024 * 1024;
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** Added to the wait for a file that can become ready, so that the scan comes just after, not just before. */
    private static final long READY_MARGIN_MILLIS = 5;

    private final IngestConfig config;
    private final Producer<String, RawFile> producer;
    private final DroppedFileReader reader;
    private final FileOutcome outcome;
    private final Inbox inbox;
    private final IngestStats stats = new IngestStats();
    private final String topic;
    /** Published files that could not be moved out of the inbox. */
    private final java.util.Set<Path> stuck = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Refused files whose move to failed/ failed (e.g. a full disk): they stay and are tried each pass, said once. */
    private final Set<Path> waitingForFailed = new HashSet<>();
    private volatile boolean running;
    /** The inbox with links resolved, set at start: a file's real path must lie inside it. */
    private Path realInbox;
    private Thread thread;
    private WatchService events;
    private FileChannel lock;
    private long lastProgressNanos = System.nanoTime();
    private long bytesAtLastProgress;

    public InboxWatcher(IngestConfig config, Producer<String, RawFile> producer) {
        this.config = config;
        this.producer = producer;
        this.reader = new DroppedFileReader(config.getLong(IngestConfig.MAX_FILE_BYTES));
        this.outcome = new FileOutcome(config.done(), config.failed(),
                "delete".equals(config.getString(IngestConfig.AFTER_PUBLISH)));
        this.inbox = new Inbox(config.inbox(), config.getBoolean(IngestConfig.RECURSIVE),
                Set.of(config.done(), config.failed()), config.stableInterval(), InstantSource.system());
        this.topic = config.getString(IngestConfig.RAW_TOPIC);
    }

    /** A watcher with its own idempotent producer; creates the raw topic if it is missing. */
    public static InboxWatcher create(IngestConfig config) {
        String bootstrap = config.getString(IngestConfig.BOOTSTRAP_SERVERS);
        long maxRecordBytes = config.getLong(IngestConfig.MAX_FILE_BYTES) + 1024 * 1024;
        // the broker's own default (1 MB) would refuse most large pages
        NewsTopics.ensure(bootstrap, config.originals(), List.of(config.getString(IngestConfig.RAW_TOPIC)),
                TopicLayout.of(config), Map.of("max.message.bytes", Long.toString(maxRecordBytes)));
        ServiceAccess.checkRegistry(config.originals(), config.getString(IngestConfig.SCHEMA_REGISTRY_URL));
        AvroSerializer<RawFile> values = new AvroSerializer<>();
        values.configure(ServiceAccess.registry(config.originals(), config.getString(IngestConfig.SCHEMA_REGISTRY_URL)),
                false);
        Map<String, Object> settings = new HashMap<>(ServiceAccess.kafka(config.originals()));
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) Math.min(Integer.MAX_VALUE, maxRecordBytes));
        settings.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(32L * 1024 * 1024, 2 * maxRecordBytes));
        settings.putAll(ClientSettings.producer(config.originals()));
        return new InboxWatcher(config, new KafkaProducer<>(settings, new StringSerializer(), values));
    }

    /** Registers the stage's counters and its Kafka producer's metrics in {@code registry}. */
    public void bindMetrics(MeterRegistry registry) {
        stats.bindTo(registry);
        new KafkaClientMetrics(producer).bindTo(registry);
    }

    public IngestStats stats() {
        return stats;
    }

    /** Starts watching in a background thread; files already in the inbox are picked up first. */
    public synchronized void start() throws IOException {
        Path root = config.inbox();
        Files.createDirectories(root);
        Files.createDirectories(config.done());
        Files.createDirectories(config.failed());
        for (Path folder : List.of(root, config.done(), config.failed())) {
            if (!Files.isWritable(folder)) {
                throw new IOException("ingest needs write access to " + folder + " (to move handled files): fix its"
                        + " permissions or choose other folders with --inbox / -s done.dir / -s failed.dir.");
            }
        }
        lock = lockInbox(root);
        realInbox = root.toRealPath();
        events = FileSystems.getDefault().newWatchService();
        root.register(events, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        running = true;
        thread = new Thread(this::watch, "inbox-watcher");
        thread.start();
        LOG.info("Watching {}{} (published files go to {}, refused ones to {})", root,
                config.getBoolean(IngestConfig.RECURSIVE) ? " and its subfolders" : "",
                "delete".equals(config.getString(IngestConfig.AFTER_PUBLISH)) ? "nowhere: deleted" : config.done(),
                config.failed());
    }

    private static FileChannel lockInbox(Path root) throws IOException {
        Path file = root.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IOException("Cannot create the inbox lock " + file + " (" + e + "); ingest holds it so that no"
                    + " second ingest watches the same folder. Free space on that disk (or fix the folder's"
                    + " permissions) and start again.", e);
        }
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException thisProcess) {
            held = null;
        }
        if (held == null) {
            channel.close();
            throw new IOException("Another ingest is already watching " + root + " (it holds " + file + "); two would"
                    + " publish files twice and fight over moving them. Stop the other one, or give this one another"
                    + " --inbox.");
        }
        return channel;
    }

    private void watch() {
        long pollMillis = config.pollInterval().toMillis();
        RetryPace retry = new RetryPace(config.pollInterval(), config.retryMaxBackoff());
        while (running) {
            try {
                scanOnce();
                int failed = retry.succeeded();
                if (failed > 0) {
                    LOG.info("Ingest works again after {} failed passes; the files kept in the inbox are published", failed);
                }
                // events and files that can become ready wake the scan early; the poll covers mounts without events
                var key = events.poll(millisToNextScan(pollMillis), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            } catch (ClosedWatchServiceException | InterruptedException stop) {
                return;
            } catch (RuntimeException | IOException e) {
                // e.g. the broker or registry is unreachable: files stay in the inbox and are retried, less and less often
                long wait = retry.failed().toMillis();
                LOG.error("Ingest pass failed ({} in a row); the files stay in the inbox, next try in {} ms: {}",
                        retry.failuresInARow(), wait, e.toString());
                sleepQuietly(wait);
            }
        }
    }

    /** Until the earliest file found but not yet ready can be ready, and no longer than the poll interval. */
    private long millisToNextScan(long pollMillis) {
        OptionalLong next = inbox.nextReadyNanos();
        if (next.isEmpty()) {
            return pollMillis;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(next.getAsLong() - System.nanoTime()) + READY_MARGIN_MILLIS;
        return Math.max(0, Math.min(pollMillis, millis));
    }

    /** One pass: publishes every file the inbox finds ready. */
    void scanOnce() throws IOException {
        List<Path> ready = inbox.ready(System.nanoTime());
        // one taken away by hand is forgotten, so a new file of its name is reported when it cannot be moved either
        waitingForFailed.removeIf(file -> !Files.exists(file, LinkOption.NOFOLLOW_LINKS));
        moveStuckAway();
        stats.seen.set(inbox.seen());
        List<Path> batch = new ArrayList<>();
        long batchBytes = 0;
        for (Path file : ready) {
            if (!running) {
                return;
            }
            batch.add(file);
            batchBytes += sizeOf(file);
            if (batch.size() >= BATCH_FILES || batchBytes >= BATCH_BYTES) {
                publishBatch(batch, true);
                batch.clear();
                batchBytes = 0;
            }
        }
        publishBatch(batch, true);
        logProgress();
    }

    /**
     * Publishes files named on the command line once, leaving them where they are; refused ones
     * are reported, not moved. Returns how many were published.
     */
    public int publish(List<Path> files) throws IOException {
        return publishBatch(files, false);
    }

    private int publishBatch(List<Path> files, boolean fromInbox) throws IOException {
        Map<Path, Future<RecordMetadata>> sent = new HashMap<>();
        Map<Path, Long> sizes = new HashMap<>();
        List<Path> order = new ArrayList<>();
        for (Path file : files) {
            if (stuck.contains(file)) {
                continue;
            }
            RawFile raw = null;
            String refusal = null;
            try {
                if (fromInbox && !file.getParent().toRealPath().startsWith(realInbox)) {
                    // a subfolder swapped for a link since the scan: its files are not the inbox's
                    continue;
                }
                raw = fromInbox ? reader.readWithin(config.inbox(), file, inbox.nameOf(file))
                        : reader.read(file, inbox.nameOf(file));
            } catch (NoSuchFileException gone) {
                if (gone.getReason() != null) {
                    LOG.warn("{} is not read: {} is {}", inbox.nameOf(file), gone.getFile(), gone.getReason());
                }
                inbox.handled(file);
                continue;
            } catch (RefusedFileException refused) {
                refusal = refused.getMessage();
            } catch (IOException unreadable) {
                refusal = "The file cannot be read (" + unreadable + "); check its permissions and drop it again.";
            }
            if (fromInbox && !inbox.unchangedSinceReady(file)) {
                // neither published nor refused on what may be part of it: the next scans judge it anew
                LOG.info("{} changed while it was read; it stays in the inbox until it is still again",
                        file.getFileName());
                continue;
            }
            if (refusal != null) {
                refuse(file, refusal, fromInbox);
                continue;
            }
            sizes.put(file, raw.getSizeBytes());
            sent.put(file, producer.send(new ProducerRecord<>(topic, raw.getId(), raw)));
            order.add(file);
        }
        producer.flush();
        int published = 0;
        for (Path file : order) {
            try {
                RecordMetadata metadata = sent.get(file).get();
                if (fromInbox) {
                    moveAway(file);
                }
                published++;
                stats.published.incrementAndGet();
                stats.bytesPublished.addAndGet(sizes.get(file));
                LOG.info("Published {} to {}-{}@{}", file.getFileName(), metadata.topic(), metadata.partition(),
                        metadata.offset());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RecordTooLargeException) {
                    refuse(file, "Kafka refused the file as too large (" + e.getCause().getMessage() + "); raise the"
                            + " topic's max.message.bytes or lower max.file.bytes.", fromInbox);
                    continue;
                }
                // left where it is: the next pass tries again
                LOG.error("Kafka did not acknowledge {}; it stays in the inbox and will be retried: {}",
                        file.getFileName(), e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return published;
            }
        }
        return published;
    }

    /** Moves an acknowledged file out; one that cannot be moved is remembered, so it is not sent again and again. */
    private void moveAway(Path file) {
        try {
            outcome.published(file);
            inbox.handled(file);
        } catch (IOException e) {
            stuck.add(file);
            LOG.error("{} was published but cannot be moved out of the inbox ({}); it is not sent again and its move"
                    + " is tried each pass. Free space where it goes, or fix the folder's permissions.", file,
                    e.toString());
        }
    }

    /** Tries again to move the published files that could not be moved, e.g. once a full disk has room. */
    private void moveStuckAway() {
        for (Path file : List.copyOf(stuck)) {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                stuck.remove(file);
                continue;
            }
            try {
                outcome.published(file);
                stuck.remove(file);
                inbox.handled(file);
                LOG.info("{} (published earlier) is now moved out of the inbox", file.getFileName());
            } catch (IOException stillStuck) {
                // said when it first failed; tried again next pass
            }
        }
    }

    /**
     * Counted once the file is out of the inbox, since whoever reads the count may drop a file of
     * the same name next. A file that cannot be moved with its reason (a full disk, a read-only
     * failed/) is not counted and stays in the inbox, tried again each pass; the rest of the pass
     * goes on, so files sent before it are moved and not sent again.
     */
    private void refuse(Path file, String reason, boolean fromInbox) {
        if (!fromInbox) {
            stats.refused.incrementAndGet();
            LOG.warn("Refused {}: {}", file, reason);
            return;
        }
        Path moved;
        try {
            moved = outcome.refused(file, file.getFileName() + ": " + reason);
        } catch (IOException e) {
            if (waitingForFailed.add(file)) {
                LOG.error("Refused {} ({}) but it cannot be moved to {} with its reason: {}. It stays in the inbox and"
                        + " is tried again each pass; free space on that disk or fix the folder's permissions.",
                        file, reason, config.failed(), e.toString());
            }
            return;
        }
        waitingForFailed.remove(file);
        inbox.handled(file);
        stats.refused.incrementAndGet();
        LOG.warn("Refused {}: {} (moved to {})", file.getFileName(), reason, moved);
    }

    private void logProgress() {
        long now = System.nanoTime();
        if (now - lastProgressNanos < PROGRESS_EVERY_NANOS) {
            return;
        }
        long bytes = stats.bytesPublished();
        if (bytes != bytesAtLastProgress) {
            double seconds = (now - lastProgressNanos) / 1e9;
            LOG.info("Ingest: {}, {} KB/s", stats, String.format("%.0f", (bytes - bytesAtLastProgress) / 1024.0 / seconds));
        }
        lastProgressNanos = now;
        bytesAtLastProgress = bytes;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
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
                // no interrupt: the batch in progress finishes, so no acknowledged file is left unmoved
                thread.join(60_000);
            }
        } catch (IOException e) {
            LOG.warn("Closing the inbox watch failed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
        try {
            if (lock != null) {
                // removed while still held: an ingest starting now either fails to lock the old file or makes a new one
                Files.deleteIfExists(config.inbox().resolve(LOCK_FILE));
                lock.close();
            }
        } catch (IOException e) {
            LOG.warn("Releasing the inbox lock failed: {}", e.toString());
        }
        LOG.info("Ingest stopped: {}", stats);
    }
}
