package io.newsflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    @Test
    void acknowledgedRecordsSurviveARestartOnTheSameFolder() throws Exception {
        Path dir = TestServices.freshDir("kafka-restart");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
            produce(kafka, "restart-check", "sha-1", "first file");
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
            assertThat(consumeAll(kafka, "restart-check", 1)).containsExactly("sha-1=first file");
        }
    }

    @Test
    void aTakenPortIsRefusedWithTheSettingToChange() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThatThrownBy(() -> EmbeddedKafka.start(TestServices.freshDir("kafka-port"), taken.getLocalPort()))
                    .isInstanceOf(ServiceStartException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort())
                    .hasMessageContaining("--kafka-port");
        }
    }

    static void produce(EmbeddedKafka kafka, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    static List<String> consumeAll(EmbeddedKafka kafka, String topic, int expected) {
        return TestTopics.read(kafka.bootstrapServers(), topic, new StringDeserializer(), expected, Duration.ofSeconds(30))
                .stream().map(r -> r.key() + "=" + r.value()).toList();
    }
}
