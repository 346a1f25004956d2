package io.newsflow.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {
    private final Map<String, String> given = Map.of("producer.compression.type", "lz4", "consumer.fetch.max.bytes",
            "1048576", "streams.num.standby.replicas", "1", "topic.partitions", "12");

    @Test
    void eachClientGetsItsOwnPrefixedSettingsWithoutThePrefix() {
        assertThat(ClientSettings.producer(given)).containsExactly(Map.entry("compression.type", "lz4"));
        assertThat(ClientSettings.consumer(given)).containsExactly(Map.entry("fetch.max.bytes", "1048576"));
    }

    @Test
    void kafkaStreamsGetsItsOwnSettingsAndThePrefixedClientOnesAsItReadsThem() {
        assertThat(ClientSettings.streams(given)).containsOnly(Map.entry("num.standby.replicas", "1"),
                Map.entry("producer.compression.type", "lz4"), Map.entry("consumer.fetch.max.bytes", "1048576"));
    }

    @Test
    void theSettingsThatCarryTheGuaranteesAreRefusedByName() {
        assertThat(ClientSettings.isPassedThrough("producer.acks")).isTrue();
        assertThatThrownBy(() -> ClientSettings.producer(Map.of("producer.acks", "1")))
                .hasMessageContaining("'producer.acks'").hasMessageContaining("delivery guarantees");
        assertThatThrownBy(() -> ClientSettings.requireAllowed("consumer.isolation.level"))
                .hasMessageContaining("consumer.isolation.level");
        assertThatThrownBy(() -> ClientSettings.requireAllowed("streams.processing.guarantee"))
                .hasMessageContaining("streams.processing.guarantee");
    }
}
