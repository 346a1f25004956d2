package io.newsflow.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.embedded.TestServices;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

class NewsTopicsTest {
    @Test
    void aConsumerAskingRightAfterEnsureFindsEveryPartition() {
        String bootstrap = TestServices.kafka().bootstrapServers();
        String run = UUID.randomUUID().toString();
        List<String> names = List.of("ensure.counts-" + run, "ensure.aliases-" + run);

        NewsTopics.ensure(bootstrap, names, 3, Map.of("cleanup.policy", "compact"));

        // as Kafka Streams' global consumer asks: at once, without creating the topic itself
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (String name : names) {
                assertThat(consumer.partitionsFor(name)).as(name).hasSize(3);
            }
        }
    }
}
