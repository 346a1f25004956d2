package io.newsflow.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.embedded.TestServices;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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

    @Test
    void theReplicationFactorIsTheLayoutsAndOneTheBrokersCannotHoldIsRefusedNamingTheSetting() throws Exception {
        String bootstrap = TestServices.kafka().bootstrapServers();
        String run = UUID.randomUUID().toString();

        NewsTopics.ensure(bootstrap, Map.of(), List.of("layout-" + run), new TopicLayout(2, (short) 1), Map.of());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var partitions = admin.describeTopics(List.of("layout-" + run)).allTopicNames().get().get("layout-" + run)
                    .partitions();
            assertThat(partitions).hasSize(2).allSatisfy(p -> assertThat(p.replicas()).hasSize(1));
        }

        // one broker cannot hold three copies
        assertThatThrownBy(() -> NewsTopics.ensure(bootstrap, Map.of(), List.of("layout-three-" + run),
                new TopicLayout(1, (short) 3), Map.of()))
                .hasMessageContaining("topic.replication.factor (now 3)");
    }
}
