package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.embedded.TestServices;
import io.newsflow.embedded.TestTopics;
import io.newsflow.schemas.topics.DeadLetter;
import io.newsflow.schemas.topics.TopicLayout;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/** Enrich on the real broker meets a record it cannot read on its mention repartition topic. */
class UnreadableRecordHandlerTest {
    private static final byte[] GARBAGE = "<html>not a mention count</html>".getBytes(StandardCharsets.UTF_8);

    @Test
    void anUnreadableAliasAndAnUnreadableMentionBecomeOneDeadLetterEachTheMentionsInTheStreamsTransaction()
            throws Exception {
        String bootstrap = TestServices.kafka().bootstrapServers();
        String run = "unreadable-" + System.nanoTime();
        String dlq = run + "-dlq";
        String aliases = run + "-aliases";
        EnrichConfig config = new EnrichConfig(Map.ofEntries(
                Map.entry(EnrichConfig.BOOTSTRAP_SERVERS, bootstrap),
                Map.entry(EnrichConfig.SCHEMA_REGISTRY_URL, TestServices.registry().url()),
                Map.entry(EnrichConfig.APPLICATION_ID, run),
                Map.entry(EnrichConfig.RAW_TOPIC, run + "-raw"),
                Map.entry(EnrichConfig.ARTICLES_TOPIC, run + "-articles"),
                Map.entry(EnrichConfig.DLQ_TOPIC, dlq),
                Map.entry(EnrichConfig.ENTITY_COUNTS_TOPIC, run + "-counts"),
                Map.entry(EnrichConfig.ENTITY_ALIASES_TOPIC, aliases),
                Map.entry(EnrichConfig.STREAM_THREADS, 1),
                Map.entry(EnrichConfig.STATE_DIR, TestServices.freshDir("unreadable-state").toString()),
                Map.entry(TopicLayout.PARTITIONS, 1)));
        String mentions = run + "-entity-mentions-repartition";
        try (EnrichService enrich = new EnrichService(config, ArticleEnricher.withRecognizerPerThread());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new ByteArraySerializer())) {
            enrich.start();
            // Streams creates the repartition topic before its tasks run
            await().atMost(Duration.ofMinutes(1)).until(() -> enrich.state() == KafkaStreams.State.RUNNING);

            // the global thread reads the aliases: it has no transaction, and its dead letter must not stop enrich
            producer.send(new ProducerRecord<>(aliases, "not an alias key", "Bashar al-Assad".getBytes(
                    StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
            List<ConsumerRecord<String, byte[]>> dead = deadLettersOnceThereAre(1, bootstrap, dlq);
            assertThat(dead).singleElement().satisfies(letter -> {
                assertThat(letter.key()).isEqualTo("not an alias key");
                assertThat(header(letter, DeadLetter.SOURCE_TOPIC)).isEqualTo(aliases);
                assertThat(header(letter, DeadLetter.REASON)).contains("TYPE|name|");
            });
            assertThat(enrich.state()).isEqualTo(KafkaStreams.State.RUNNING);

            producer.send(new ProducerRecord<>(mentions, 0, 1_512_727_200_000L, "PERSON|DAY|2017-12-08|Assad",
                    GARBAGE, new RecordHeaders().add("traceparent", "00-abc-01".getBytes(StandardCharsets.UTF_8))))
                    .get(30, TimeUnit.SECONDS);
            List<ConsumerRecord<String, byte[]>> mentionLetters = deadLettersOnceThereAre(2, bootstrap, dlq).stream()
                    .filter(letter -> !letter.key().equals("not an alias key")).toList();
            assertThat(enrich.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(mentionLetters).singleElement().satisfies(letter -> {
                assertThat(letter.key()).isEqualTo("PERSON|DAY|2017-12-08|Assad");
                assertThat(letter.value()).isEqualTo(GARBAGE);
                assertThat(letter.timestamp()).isEqualTo(1_512_727_200_000L);
                assertThat(header(letter, "traceparent")).isEqualTo("00-abc-01");
                assertThat(header(letter, DeadLetter.STAGE)).isEqualTo("enrich");
                assertThat(header(letter, DeadLetter.SOURCE_TOPIC)).isEqualTo(mentions);
                assertThat(header(letter, DeadLetter.SOURCE_PARTITION)).isEqualTo("0");
                assertThat(header(letter, DeadLetter.SOURCE_OFFSET)).isEqualTo("0");
                assertThat(header(letter, DeadLetter.REASON)).contains(mentions, "cannot be read");
            });
            // a transaction's commit marker takes the offset after its last record; a plain send leaves none
            ConsumerRecord<String, byte[]> letter = mentionLetters.get(0);
            assertThat(endOffset(bootstrap, new TopicPartition(dlq, letter.partition())))
                    .as("the mention's dead letter was written in a transaction").isEqualTo(letter.offset() + 2);
        }
    }

    /** The dead letters a read_committed consumer sees, once there are {@code count}. */
    private static List<ConsumerRecord<String, byte[]>> deadLettersOnceThereAre(int count, String bootstrap,
                                                                                String dlq) {
        List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
        await().atMost(Duration.ofMinutes(1)).until(() -> {
            dead.clear();
            dead.addAll(TestTopics.readAll(bootstrap, dlq, new ByteArrayDeserializer()));
            return dead.size() >= count;
        });
        return dead;
    }

    private static long endOffset(String bootstrap, TopicPartition partition) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition)
                    .get(30, TimeUnit.SECONDS).offset();
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
