package io.newsflow.sink;

import io.newsflow.schemas.Article;
import io.newsflow.schemas.serde.AvroDeserializer;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import io.newsflow.schemas.topics.DeadLetter;
import io.newsflow.schemas.topics.NewsTopics;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink service: consumes {@code news.articles} and bulk-indexes each article into
 * OpenSearch under its article id, so a replayed record overwrites instead of duplicating.
 * Offsets are committed only after OpenSearch acknowledged the whole batch; while the store is
 * unreachable or overloaded the batch is retried with capped exponential backoff, never dropped.
 * A record OpenSearch refuses for itself (e.g. a mapping error) or that cannot be read goes to
 * the dead-letter topic with the reason in headers.
 *
 * <p>Run alone with {@code newsflow sink --bootstrap-servers ... --opensearch http://...}.
 */
public final class ArticleSink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleSink.class);

    private final SinkConfig config;
    private final OpenSearchClient store;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> deadLetters;
    private final AvroDeserializer<Article> articles;
    private final String index;
    private final String dlqTopic;
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile boolean running = true;
    private Thread thread;

    public ArticleSink(SinkConfig config) {
        this.config = config;
        this.store = SearchStore.connect(config);
        this.index = config.getString(SinkConfig.INDEX);
        this.dlqTopic = config.getString(SinkConfig.DLQ_TOPIC);
        String bootstrap = config.getString(SinkConfig.BOOTSTRAP_SERVERS);
        NewsTopics.ensure(bootstrap, List.of(config.getString(SinkConfig.ARTICLES_TOPIC), dlqTopic), 3);
        Map<String, Object> consumerSettings = new HashMap<>();
        consumerSettings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerSettings.put(ConsumerConfig.GROUP_ID_CONFIG, config.getString(SinkConfig.GROUP_ID));
        consumerSettings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerSettings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // only articles from committed enrich transactions
        consumerSettings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerSettings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.getInt(SinkConfig.BULK_MAX_DOCS));
        this.consumer = new KafkaConsumer<>(consumerSettings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.deadLetters = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new ByteArraySerializer(), new ByteArraySerializer());
        this.articles = new AvroDeserializer<>(Article.class);
        articles.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, config.getString(SinkConfig.SCHEMA_REGISTRY_URL)),
                false);
    }

    public long indexed() {
        return indexed.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    /** Installs the index template, then consumes in a background thread. */
    public synchronized void start() {
        retryForever("install the index template", () -> {
            ArticleIndex.installTemplate(store);
            return null;
        });
        consumer.subscribe(List.of(config.getString(SinkConfig.ARTICLES_TOPIC)));
        thread = new Thread(this::consume, "article-sink");
        thread.start();
        LOG.info("Indexing {} into {} index '{}'", config.getString(SinkConfig.ARTICLES_TOPIC),
                config.getString(SinkConfig.OPENSEARCH_URL), index);
    }

    private void consume() {
        try {
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                if (indexBatch(records)) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException stopping) {
            // close() asked us to stop; uncommitted records are consumed again at the next start
        } catch (RuntimeException e) {
            LOG.error("The sink stopped: {}. Uncommitted articles are indexed again at the next start.", e.toString(), e);
        } finally {
            consumer.close();
        }
    }

    /** Indexes one polled batch; false if stopped before OpenSearch acknowledged it. */
    private boolean indexBatch(ConsumerRecords<byte[], byte[]> records) {
        List<ConsumerRecord<byte[], byte[]>> readable = new ArrayList<>();
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        for (ConsumerRecord<byte[], byte[]> record : records) {
            Article article;
            try {
                article = articles.deserialize(record.topic(), record.value());
            } catch (RuntimeException unreadable) {
                deadLetter(record, unreadable);
                continue;
            }
            if (article == null) {
                continue;
            }
            readable.add(record);
            bulk.operations(op -> op.index(i -> i.id(article.getId()).document(ArticleIndex.document(article))));
        }
        if (readable.isEmpty()) {
            return true;
        }
        BulkRequest request = bulk.build();
        BulkResponse response = retryForever("index " + readable.size() + " articles", () -> {
            BulkResponse answer = store.bulk(request);
            if (answer.errors() && answer.items().stream().anyMatch(ArticleSink::isTransient)) {
                throw new IOException("OpenSearch is overloaded or unavailable for part of the batch: "
                        + firstError(answer));
            }
            return answer;
        });
        if (response == null) {
            return false;
        }
        for (int i = 0; i < response.items().size(); i++) {
            BulkResponseItem item = response.items().get(i);
            if (item.error() != null) {
                deadLetter(readable.get(i), new IllegalArgumentException("OpenSearch refused article " + item.id()
                        + ": " + item.error().type() + ": " + item.error().reason()));
            } else {
                indexed.incrementAndGet();
            }
        }
        deadLetters.flush();
        LOG.info("Indexed {} articles ({} in all)", readable.size(), indexed.get());
        return true;
    }

    private static boolean isTransient(BulkResponseItem item) {
        return item.error() != null && (item.status() == 429 || item.status() >= 500);
    }

    private static String firstError(BulkResponse response) {
        return response.items().stream().filter(i -> i.error() != null).findFirst()
                .map(i -> i.status() + " " + i.error().type() + ": " + i.error().reason()).orElse("");
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
            } catch (IOException | RuntimeException e) {
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
