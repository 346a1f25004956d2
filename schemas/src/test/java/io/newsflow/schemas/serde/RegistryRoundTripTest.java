package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.embedded.TestServices;
import io.newsflow.embedded.TestTopics;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.Samples;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The serde against a real broker and a real registry (Apicurio, Confluent API). */
class RegistryRoundTripTest {
    private final String registryUrl = TestServices.registry().url();
    private final String bootstrap = TestServices.kafka().bootstrapServers();

    @Test
    void anArticleGoesThroughTheBrokerRegisteredAndComesBackEqual() throws Exception {
        String topic = "roundtrip-articles";
        Article sent = Samples.article("a1b2");
        AvroSerializer<Article> serializer = new AvroSerializer<>();
        serializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl), false);
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(topic, sent.getId(), sent)).get();
        }

        int registeredId = new SchemaRegistryClient(registryUrl, null).lookup(topic + "-value", Article.getClassSchema());
        byte[] bytes = consumeOne(topic, new ByteArrayDeserializer());
        ByteBuffer header = ByteBuffer.wrap(bytes);
        assertThat(header.get()).isZero();
        assertThat(header.getInt()).isEqualTo(registeredId);

        AvroDeserializer<Article> deserializer = new AvroDeserializer<>(Article.class);
        deserializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl), false);
        assertThat(consumeOne(topic, deserializer)).isEqualTo(sent);
    }

    @Test
    void anIncompatibleSchemaIsRefusedWithTheRegistryCode() {
        SchemaRegistryClient client = new SchemaRegistryClient(registryUrl, null);
        Schema v1 = SchemaBuilder.record("Headline").fields().requiredString("text").endRecord();
        Schema v2 = SchemaBuilder.record("Headline").fields().requiredString("text").requiredInt("rank").endRecord();
        client.register("compat-check-value", v1);

        assertThat(client.isCompatible("compat-check-value", v2)).isFalse();
        assertThatThrownBy(() -> client.register("compat-check-value", v2))
                .isInstanceOfSatisfying(SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE))
                .hasMessageContaining("incompatible");
    }

    @Test
    void anUnknownSchemaIdIsReportedWithTheId() {
        AvroDeserializer<Article> deserializer =
                new AvroDeserializer<>(Article.class, new SchemaRegistryClient(registryUrl, null));
        byte[] bytes = {0, 0x0f, 0x42, 0x3f, 0x00, 2, 'x'};
        assertThatThrownBy(() -> deserializer.deserialize("news.articles", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id " + 0x0f423f00)
                .hasRootCauseInstanceOf(SchemaRegistryException.class);
    }

    @Test
    void anUnreachableRegistryIsNamedInTheError() {
        AvroSerializer<Article> serializer = new AvroSerializer<>(new SchemaRegistryClient("http://127.0.0.1:9", null), false);
        assertThatThrownBy(() -> serializer.serialize("news.articles", Samples.article("x")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("http://127.0.0.1:9")
                .hasMessageContaining("schema.registry.url");
    }

    private <T> T consumeOne(String topic, Deserializer<T> values) {
        List<ConsumerRecord<String, T>> seen = TestTopics.read(bootstrap, topic, values, 1, Duration.ofSeconds(30));
        assertThat(seen).as("records on " + topic).hasSize(1);
        return seen.get(0).value();
    }
}
