package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsflow.embedded.TestServices;
import io.newsflow.embedded.TestTopics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 23: exactly-once enrich made the embedded broker (transaction.version 2) log
 * {@code ERROR ReplicaManager ... OutOfOrderSequenceException ... Expected sequence 0 for
 * transactions v2 idempotent producer with no existing state}: when the first batch of a new
 * transaction was turned back with CONCURRENT_TRANSACTIONS, the batches pipelined behind it were
 * refused. See {@link EnrichConfig#EXACTLY_ONCE_PRODUCER}.
 */
class ExactlyOnceBrokerLogTest {
    private static final String REPLICA_MANAGER = "kafka.server.ReplicaManager";
    private static final String SENDER = "org.apache.kafka.clients.producer.internals.Sender";
    // several producers committing back to back keep the coordinator busy writing markers, so the
    // first produce of a new transaction now and then meets CONCURRENT_TRANSACTIONS
    private static final int PRODUCERS = 3;
    private static final int TRANSACTIONS = 200;
    private static final int PARTITIONS = 12;
    private static final int RECORDS_PER_TRANSACTION = 120;

    @Test
    void exactlyOnceKeepsOneProduceRequestInFlight() {
        EnrichConfig config = new EnrichConfig(Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "unused:9092",
                EnrichConfig.SCHEMA_REGISTRY_URL, "http://unused"));
        assertThat(config.streamsProperties())
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.producerPrefix(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION), 1);
        // Kafka Streams accepts it with exactly-once and hands it to its producers
        assertThat(new StreamsConfig(config.streamsProperties()).getProducerConfigs("enrich"))
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1)
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    }

    @Test
    void transactionsWithTheEnrichProducerSettingsLeaveNoErrorInTheBrokerLog() throws Exception {
        String bootstrap = TestServices.kafka().bootstrapServers();
        String topic = "eos-log-" + System.nanoTime();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> settings = enrichProducerSettings(bootstrap);
        ListAppender<ILoggingEvent> broker = capture(REPLICA_MANAGER);
        ListAppender<ILoggingEvent> producers = capture(SENDER);
        long started = System.nanoTime();
        try {
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                Map<String, Object> own = new HashMap<>(settings);
                own.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, topic + "-" + p);
                Thread thread = new Thread(() -> {
                    try {
                        commitTransactions(own, topic);
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(failures).isEmpty();
        } finally {
            release(REPLICA_MANAGER, broker);
            release(SENDER, producers);
        }
        List<String> errors = broker.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ExactlyOnceBrokerLogTest::describe).toList();
        long retries = producers.list.stream().filter(e -> e.getFormattedMessage().contains("retrying")).count();
        System.out.printf("%d records in %d transactions in %d ms: %d produce retries, %d broker ERROR lines%n",
                PRODUCERS * TRANSACTIONS * RECORDS_PER_TRANSACTION, PRODUCERS * TRANSACTIONS,
                (System.nanoTime() - started) / 1_000_000, retries, errors.size());

        assertThat(TestTopics.readAll(bootstrap, topic, new StringDeserializer()))
                .hasSize(PRODUCERS * TRANSACTIONS * RECORDS_PER_TRANSACTION);
        assertThat(errors).isEmpty();
    }

    /** The producer settings the enrich Streams app gives its exactly-once producers. */
    private static Map<String, Object> enrichProducerSettings(String bootstrap) {
        EnrichConfig config = new EnrichConfig(Map.of(EnrichConfig.BOOTSTRAP_SERVERS, bootstrap,
                EnrichConfig.SCHEMA_REGISTRY_URL, "http://unused"));
        Map<String, Object> settings = new HashMap<>();
        config.streamsProperties().forEach((key, value) -> {
            String name = (String) key;
            if (name.startsWith(StreamsConfig.PRODUCER_PREFIX)) {
                settings.put(name.substring(StreamsConfig.PRODUCER_PREFIX.length()), value);
            }
        });
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // small batches sent at once: several requests per partition would be in flight if allowed
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 1024);
        return settings;
    }

    private static void commitTransactions(Map<String, Object> settings, String topic) {
        String value = "x".repeat(200);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            for (int t = 0; t < TRANSACTIONS; t++) {
                producer.beginTransaction();
                for (int i = 0; i < RECORDS_PER_TRANSACTION; i++) {
                    producer.send(new ProducerRecord<>(topic, i % PARTITIONS, "k" + i, value));
                }
                producer.commitTransaction();
            }
        }
    }

    private static String describe(ILoggingEvent e) {
        return e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                : " " + e.getThrowableProxy().getClassName() + ": " + e.getThrowableProxy().getMessage());
    }

    private static ListAppender<ILoggingEvent> capture(String logger) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(logger)).addAppender(appender);
        return appender;
    }

    private static void release(String logger, ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(logger)).detachAppender(appender);
    }
}
