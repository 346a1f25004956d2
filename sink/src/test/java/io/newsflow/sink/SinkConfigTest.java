package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SinkConfigTest {
    private static final Map<String, String> REQUIRED = Map.of(
            SinkConfig.BOOTSTRAP_SERVERS, "127.0.0.1:9092",
            SinkConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:8081",
            SinkConfig.OPENSEARCH_URL, "http://127.0.0.1:9200");

    @Test
    void bulkRefreshIsTrueByDefaultAndAnInvalidValueFailsNamingTheSetting() {
        assertThat(new SinkConfig(REQUIRED).getString(SinkConfig.BULK_REFRESH)).isEqualTo("true");
        assertThat(new SinkConfig(with(SinkConfig.BULK_REFRESH, "wait_for")).getString(SinkConfig.BULK_REFRESH))
                .isEqualTo("wait_for");
        assertThatThrownBy(() -> new SinkConfig(with(SinkConfig.BULK_REFRESH, "sometimes")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SinkConfig.BULK_REFRESH).hasMessageContaining("sometimes");
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> settings = new HashMap<>(REQUIRED);
        settings.put(key, value);
        return settings;
    }
}
