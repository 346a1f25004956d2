package io.newsflow.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.serde.AvroDeserializer;
import io.newsflow.schemas.serde.SchemaRegistryException;
import io.newsflow.schemas.topics.ClientSettings;
import io.newsflow.schemas.topics.DeadLetter;
import io.newsflow.schemas.topics.NewsTopics;
import io.newsflow.schemas.topics.ServiceAccess;
import io.newsflow.schemas.topics.TopicLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink service: consumes {@code news.articles} and bulk-indexes each article into
 * OpenSearch under its article id, so a replayed record overwrites instead of duplicating.
 * Records are sent as soon as the consumer has handed over everything its partitions held when last
 * fetched, so that an article reaching an idle sink goes out at once; while a backlog remains they go in
 * full requests of {@code bulk.max.docs} (requests grow with the backlog), and a record waits at most
 * {@code bulk.flush.interval.ms} for a fuller request. Requests hold at most {@code bulk.max.docs} and
 * {@code bulk.max.bytes} and make their articles searchable as {@code bulk.refresh} says. Offsets are
 * committed only after OpenSearch acknowledged them; while the store is unreachable or overloaded a
 * request is retried with capped exponential backoff, never dropped. A record OpenSearch refuses for itself
 * (e.g. a mapping error) or that cannot be read goes to the dead-letter topic with the reason in
 * headers; a store that refuses every article ({@code max.rejected.in.a.row}) or the whole request
 * (auth, closed index) stops the sink with the reason in {@link #failure()}.
 *
 * <p>Run alone with {@code newsflow sink --bootstrap-servers ... --opensearch http://...}.
 */
public final class ArticleSink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleSink.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SinkConfig config;
    private final OpenSearchClient store;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> deadLetters;
    private final AvroDeserializer<Article> articles;
    private final String index;
    private final String dlqTopic;
    private final String refresh;
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong bulkRequests = new AtomicLong();
    private final AtomicLong bulkNanos = new AtomicLong();
    private final List<ConsumerRecord<byte[], byte[]>> pending = new ArrayList<>();
    private int rejectedInARow;
    private volatile String failure;
    private volatile boolean running = true;
    private Thread thread;

    public ArticleSink(SinkConfig config) {
        this.config = config;
        this.store = SearchStore.connect(config);
        this.index = config.getString(SinkConfig.INDEX);
        this.dlqTopic = config.getString(SinkConfig.DLQ_TOPIC);
        this.refresh = config.getString(SinkConfig.BULK_REFRESH);
        String bootstrap = config.getString(SinkConfig.BOOTSTRAP_SERVERS);
        Map<String, Object> access = ServiceAccess.kafka(config.originals());
        NewsTopics.ensure(bootstrap, access, List.of(config.getString(SinkConfig.ARTICLES_TOPIC), dlqTopic),
                TopicLayout.of(config), Map.of());
        ServiceAccess.checkRegistry(config.originals(), config.getString(SinkConfig.SCHEMA_REGISTRY_URL));
        Map<String, Object> consumerSettings = new HashMap<>(access);
        consumerSettings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerSettings.put(ConsumerConfig.GROUP_ID_CONFIG, config.getString(SinkConfig.GROUP_ID));
        consumerSettings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerSettings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // only articles from committed enrich transactions
        consumerSettings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerSettings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.getInt(SinkConfig.BULK_MAX_DOCS));
        consumerSettings.putAll(ClientSettings.consumer(config.originals()));
        this.consumer = new KafkaConsumer<>(consumerSettings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        Map<String, Object> producerSettings = new HashMap<>(access);
        producerSettings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerSettings.put(ProducerConfig.ACKS_CONFIG, "all");
        producerSettings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerSettings.putAll(ClientSettings.producer(config.originals()));
        this.deadLetters = new KafkaProducer<>(producerSettings, new ByteArraySerializer(), new ByteArraySerializer());
        this.articles = new AvroDeserializer<>(Article.class);
        articles.configure(ServiceAccess.registry(config.originals(), config.getString(SinkConfig.SCHEMA_REGISTRY_URL)),
                false);
    }

    public long indexed() {
        return indexed.get();
    }

    /** Registers the sink's counters, its bulk request time and its Kafka consumer's metrics (lag per partition). */
    public void bindMetrics(MeterRegistry registry) {
        FunctionCounter.builder("newsflow.sink.indexed", indexed, AtomicLong::get)
                .description("Articles the store acknowledged").register(registry);
        FunctionCounter.builder("newsflow.sink.dead.letters", deadLettered, AtomicLong::get)
                .description("Article records sent to the dead-letter topic").register(registry);
        FunctionTimer.builder("newsflow.sink.bulk", this, sink -> sink.bulkRequests.get(),
                        sink -> sink.bulkNanos.get(), TimeUnit.NANOSECONDS)
                .description("Bulk requests to the store and the time until each was answered").register(registry);
        new KafkaClientMetrics(consumer).bindTo(registry);
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    /** Why the sink stopped by itself (the store refuses everything), if it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** Installs the index template, then consumes, in a background thread (so a stop is never stuck behind the store). */
    public synchronized void start() {
        consumer.subscribe(List.of(config.getString(SinkConfig.ARTICLES_TOPIC)), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                // commit what this instance holds while it may; the next owner starts after it
                flush(pending.size());
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> partitions) {
                // cannot commit for lost partitions: their next owner indexes these records again
                pending.removeIf(r -> partitions.contains(new TopicPartition(r.topic(), r.partition())));
            }
        });
        thread = new Thread(this::consume, "article-sink");
        thread.start();
        LOG.info("Indexing {} into {} index '{}'", config.getString(SinkConfig.ARTICLES_TOPIC),
                ServiceAccess.withoutUserInfo(config.getString(SinkConfig.OPENSEARCH_URL)), index);
    }

    private void consume() {
        long flushInterval = config.getLong(SinkConfig.BULK_FLUSH_INTERVAL_MS);
        int maxDocs = config.getInt(SinkConfig.BULK_MAX_DOCS);
        long firstPending = 0;
        try {
            retryForever("install the index template", () -> {
                ArticleIndex.installTemplate(store, index);
                return null;
            });
            while (running) {
                // holding records, the sink polls again only while the broker holds more of a backlog (see caughtUp)
                long wait = pending.isEmpty() ? 500 : Math.max(0, firstPending + flushInterval - System.currentTimeMillis());
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(wait));
                if (pending.isEmpty()) {
                    firstPending = System.currentTimeMillis();
                }
                records.forEach(pending::add);
                // bulk.max.bytes is applied when the requests are cut (BulkBody.split)
                // full requests first: of 575 records, 500 go now and the rest waits for more unless the sink caught up
                while (running && pending.size() >= maxDocs) {
                    flush(maxDocs);
                    firstPending = System.currentTimeMillis();
                }
                if (!pending.isEmpty() && (caughtUp() || System.currentTimeMillis() - firstPending >= flushInterval)) {
                    flush(pending.size());
                }
            }
        } catch (WakeupException stopping) {
            // close() asked us to stop; uncommitted records are consumed again at the next start
        } catch (RuntimeException e) {
            running = false;
            // a refusal raised in the rebalance callback arrives wrapped by the consumer
            Throwable reason = e;
            while (!(reason instanceof StoreRefusal) && reason.getCause() != null) {
                reason = reason.getCause();
            }
            failure = (reason instanceof StoreRefusal ? reason : e).getMessage();
            LOG.error("The sink stopped: {} Uncommitted articles are indexed again at the next start.", failure, e);
        } finally {
            consumer.close();
        }
    }

    /**
     * Whether the consumer has handed over everything its partitions held (up to the last stable offset) when it
     * last fetched them: waiting would bring nothing, so what is pending goes now. Known locally, no remote call;
     * an unknown lag counts as none, so that the sink never waits for what it cannot see.
     */
    private boolean caughtUp() {
        return consumer.assignment().stream().allMatch(partition -> consumer.currentLag(partition).orElse(0) <= 0);
    }

    /**
     * Indexes the first {@code count} pending records and commits their offsets; leaves them pending if
     * stopped first. Pending records are in poll order, so the first ones are a prefix of every partition's.
     */
    private void flush(int count) {
        List<ConsumerRecord<byte[], byte[]>> batch = pending.subList(0, count);
        // stopping: what is pending is consumed again at the next start
        if (!running || batch.isEmpty() || !indexAll(batch)) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : batch) {
            offsets.merge(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        consumer.commitSync(offsets);
        batch.clear();
    }

    /** An article record and its bulk lines. */
    private record Indexable(ConsumerRecord<byte[], byte[]> record, BulkBody.Item item) {
    }

    /** Indexes {@code records} in bulk requests within the size limits; false if stopped before all were acknowledged. */
    private boolean indexAll(List<ConsumerRecord<byte[], byte[]>> records) {
        long started = System.nanoTime();
        List<Indexable> indexables = new ArrayList<>();
        Map<ConsumerRecord<byte[], byte[]>, RuntimeException> unreadable = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            Read read = retryForever("read article record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset(), () -> read(record));
            if (read == null) {
                return false; // stopped while the registry was down: what could not be read is no fault of the records
            }
            if (read.failure() != null) {
                // a registry refusing our credentials is no fault of the record: stop rather than dead-letter them all
                SchemaRegistryException.refusalIn(read.failure()).ifPresent(refusal -> {
                    throw new StoreRefusal(refusal.getMessage());
                });
                unreadable.put(record, read.failure());
            } else if (read.article() != null) {
                indexables.add(new Indexable(record, BulkBody.item(index, read.article().getId(),
                        ArticleIndex.document(read.article()))));
            }
        }
        Map<ConsumerRecord<byte[], byte[]>, Exception> refused = new LinkedHashMap<>(unreadable);
        for (List<Indexable> request : BulkBody.split(indexables, Indexable::item, config.getInt(SinkConfig.BULK_MAX_DOCS),
                config.getLong(SinkConfig.BULK_MAX_BYTES))) {
            if (!indexBulk(request, refused)) {
                return false;
            }
        }
        // only once every request was answered, so that a batch retried after a stop is not dead-lettered twice
        refused.forEach(this::deadLetter);
        deadLetters.flush();
        if (!indexables.isEmpty()) {
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            LOG.info("Indexed {} articles in {} ms, {} docs/s ({} in all)", indexables.size(), millis,
                    indexables.size() * 1000L / millis, indexed.get());
        }
        return true;
    }

    /** One record read: its article (null for a tombstone), or why it cannot be read. */
    private record Read(Article article, RuntimeException failure) {
    }

    /**
     * Reads {@code record}. While the registry cannot be reached (a sink started before it, or the writer's
     * schema not yet fetched), an IOException that retryForever retries: no fault of the record, which is
     * not dead-lettered. A registry refusing our credentials is a failure, which stops the sink.
     */
    private Read read(ConsumerRecord<byte[], byte[]> record) throws IOException {
        try {
            return new Read(articles.deserialize(record.topic(), record.value()), null);
        } catch (RuntimeException e) {
            if (SchemaRegistryException.refusalIn(e).isEmpty() && SchemaRegistryException.unavailableIn(e)) {
                throw new IOException("the schema registry cannot be reached: " + e.getMessage(), e);
            }
            return new Read(null, e);
        }
    }

    /** Sends one bulk request; what the store refuses is added to {@code refusedSoFar}. False if stopped first. */
    private boolean indexBulk(List<Indexable> request, Map<ConsumerRecord<byte[], byte[]>, Exception> refusedSoFar) {
        byte[] body = BulkBody.of(request, Indexable::item);
        JsonNode answer = retryForever("index " + request.size() + " articles", () -> {
            JsonNode response = post(body);
            for (JsonNode item : response.path("items")) {
                int status = item.path("index").path("status").asInt();
                if (status == 429 || status >= 500) {
                    throw new IOException("OpenSearch is overloaded or unavailable for part of the batch: " + status + " "
                            + item.path("index").path("error"));
                }
            }
            return response;
        });
        if (answer == null) {
            return false;
        }
        List<Indexable> refused = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        JsonNode items = answer.path("items");
        for (int i = 0; i < request.size(); i++) {
            JsonNode error = items.path(i).path("index").path("error");
            if (error.isMissingNode() || error.isNull()) {
                indexed.incrementAndGet();
                rejectedInARow = 0;
            } else {
                refused.add(request.get(i));
                reasons.add(error.path("type").asText() + ": " + error.path("reason").asText());
                rejectedInARow++;
            }
        }
        if (refused.size() == request.size() && rejectedInARow >= config.getInt(SinkConfig.MAX_REJECTED_IN_A_ROW)) {
            throw new StoreRefusal("OpenSearch refused the last " + rejectedInARow + " articles in a row and accepted "
                    + "none (last: " + reasons.get(reasons.size() - 1) + "). The index mapping or the store is wrong; "
                    + "these articles were not dead-lettered. Fix it and restart the sink, or raise "
                    + SinkConfig.MAX_REJECTED_IN_A_ROW + " to dead-letter them.");
        }
        for (int i = 0; i < refused.size(); i++) {
            refusedSoFar.put(refused.get(i).record(), new IllegalArgumentException("OpenSearch refused article "
                    + refused.get(i).item().id() + ": " + reasons.get(i)));
        }
        return true;
    }

    /** POSTs a bulk body; an IOException (retried) when the store is unreachable or overloaded. */
    private JsonNode post(byte[] body) throws IOException {
        long started = System.nanoTime();
        try (Response response = store.generic().execute(Requests.builder().endpoint("/_bulk").method("POST")
                .query(Map.of("refresh", refresh)).body(Body.from(body, "application/x-ndjson")).build())) {
            int status = response.getStatus();
            String text = response.getBody().map(b -> new String(b.bodyAsBytes(), StandardCharsets.UTF_8)).orElse("");
            bulkRequests.incrementAndGet();
            bulkNanos.addAndGet(System.nanoTime() - started);
            if (status == 429 || status >= 500) {
                throw new IOException("OpenSearch answered HTTP " + status + ": " + abbreviate(text));
            }
            if (status / 100 != 2) {
                // 400/401/403/404/413 for the whole request do not heal by waiting
                throw new StoreRefusal("OpenSearch refused the bulk request (HTTP " + status + "): "
                        + abbreviate(text) + (status == 413 ? " Lower " + SinkConfig.BULK_MAX_BYTES + "." : ""));
            }
            return JSON.readTree(text);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, Exception error) {
        LOG.warn("Article record {}-{}@{} goes to {}: {}", record.topic(), record.partition(), record.offset(),
                dlqTopic, error.getMessage());
        ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(dlqTopic, null, record.key(), record.value(),
                record.headers());
        DeadLetter.describe(dead.headers(), "sink", error, record.topic(), record.partition(), record.offset());
        try {
            deadLetters.send(dead).get();
            deadLettered.incrementAndGet();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write to dead-letter topic " + dlqTopic + ": " + e, e);
        }
    }

    /** A refusal that waiting does not heal: the sink stops instead of retrying. */
    private static final class StoreRefusal extends RuntimeException {
        StoreRefusal(String message) {
            super(message);
        }
    }

    private interface Attempt<T> {
        T run() throws IOException;
    }

    /** Runs {@code attempt} until it succeeds, waiting 0.2 s doubling to retry.max.backoff.ms; null if stopped. */
    private <T> T retryForever(String what, Attempt<T> attempt) {
        long backoff = 200;
        long maxBackoff = config.getLong(SinkConfig.RETRY_MAX_BACKOFF_MS);
        while (running) {
            try {
                return attempt.run();
            } catch (StoreRefusal permanent) {
                throw permanent;
            } catch (IOException | RuntimeException e) {
                Optional<String> refused = StoreAccess.refusal(e, config.getString(SinkConfig.OPENSEARCH_URL));
                if (refused.isPresent()) {
                    throw new StoreRefusal(refused.get());
                }
                LOG.warn("Could not {} ({}); retrying in {} ms", what, e.toString(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                backoff = Math.min(maxBackoff, backoff * 2);
            }
        }
        return null;
    }

    @Override
    public synchronized void close() {
        running = false;
        consumer.wakeup();
        if (thread != null) {
            try {
                thread.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            consumer.close();
        }
        deadLetters.close();
        LOG.info("Sink stopped: {} articles indexed, {} dead-lettered", indexed.get(), deadLettered.get());
    }
}
