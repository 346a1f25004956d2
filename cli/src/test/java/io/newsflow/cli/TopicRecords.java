package io.newsflow.cli;

import io.newsflow.embedded.TestServices;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.DateSource;
import io.newsflow.schemas.ExtractionStats;
import io.newsflow.schemas.serde.AvroSerializer;
import io.newsflow.schemas.serde.SchemaRegistryClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records to test topics as the stages do: string keys, values through the project's Avro serializer. */
final class TopicRecords {
    private static final AtomicInteger TOPICS = new AtomicInteger();

    private TopicRecords() {
    }

    /** A topic name of its own for one test, under news. like the pipeline's. */
    static String freshTopic(String name) {
        return "news.test-" + name + "-" + TOPICS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    static Serializer<Object> avro() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Serializer<Object> serializer = (Serializer) new AvroSerializer<>(
                new SchemaRegistryClient(TestServices.registry().url(), null), false);
        return serializer;
    }

    static Serializer<Object> bytes() {
        ByteArraySerializer bytes = new ByteArraySerializer();
        return (topic, value) -> bytes.serialize(topic, (byte[]) value);
    }

    /** Sends {@code value} to {@code partition} of {@code topic}, with headers given as name, value, name, value... */
    static void send(String topic, int partition, String key, Object value, Serializer<Object> values, String... headers) {
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServices.kafka().bootstrapServers()),
                new StringSerializer(), values)) {
            ProducerRecord<String, Object> record = new ProducerRecord<>(topic, partition, key, value);
            for (int i = 0; i < headers.length; i += 2) {
                record.headers().add(new RecordHeader(headers[i], headers[i + 1].getBytes()));
            }
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }

    static Article article(String id, String title) {
        return Article.newBuilder()
                .setId(id).setRawId("raw-" + id).setPartIndex(0).setPartCount(1).setFileName(id + ".txt")
                .setTitle(title)
                .setBylines(List.of("Joseph Fitsanakis"))
                .setPublished(Instant.parse("2017-11-27T00:00:00Z"))
                .setPublishedSource(DateSource.FOOTER)
                .setBody("Talal Silo defected to Turkey.")
                .setStats(ExtractionStats.newBuilder().setExtractor("text-lines").setInputChars(30).setBodyChars(30)
                        .setBlocksTotal(1).setBlocksKept(1).build())
                .setIngestTime(Instant.parse("2017-12-08T12:00:00Z"))
                .setEnrichTime(Instant.parse("2017-12-08T12:00:02Z"))
                .setPipelineVersion("test")
                .build();
    }
}
