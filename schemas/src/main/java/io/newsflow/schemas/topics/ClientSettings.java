package io.newsflow.schemas.topics;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;

/**
 * Kafka's own client settings, passed through by prefix for what newsflow does not decide itself:
 * {@code producer.*} to every producer, {@code consumer.*} to every consumer and {@code streams.*}
 * to Kafka Streams (e.g. {@code -s producer.compression.type=lz4}, {@code -s streams.num.standby.replicas=1}).
 * The settings that carry the delivery guarantees stay newsflow's own and are refused here.
 */
public final class ClientSettings {
    public static final String PRODUCER = "producer.";
    public static final String CONSUMER = "consumer.";
    public static final String STREAMS = "streams.";

    /** Changing these would lose or duplicate articles, or split a stage's group. */
    private static final Set<String> GUARANTEES = Set.of("producer.acks", "producer.enable.idempotence",
            "producer.transactional.id", "consumer.enable.auto.commit", "consumer.isolation.level", "consumer.group.id",
            "streams.processing.guarantee", "streams.application.id", "streams.bootstrap.servers",
            "producer.bootstrap.servers", "consumer.bootstrap.servers");

    private ClientSettings() {
    }

    /** Whether {@code key} is one of Kafka's client settings given by prefix. */
    public static boolean isPassedThrough(String key) {
        return key.startsWith(PRODUCER) || key.startsWith(CONSUMER) || key.startsWith(STREAMS);
    }

    /** Fails, naming the setting, if {@code key} would change what keeps articles from being lost or duplicated. */
    public static void requireAllowed(String key) {
        if (GUARANTEES.contains(key)) {
            throw new ConfigException("Setting '" + key + "' cannot be passed through: newsflow sets it itself, for"
                    + " its delivery guarantees (bootstrap servers, group and application id have settings of their own).");
        }
    }

    /** The {@code producer.*} settings among {@code settings}, without the prefix. */
    public static Map<String, Object> producer(Map<String, ?> settings) {
        return stripped(settings, PRODUCER);
    }

    /** The {@code consumer.*} settings among {@code settings}, without the prefix. */
    public static Map<String, Object> consumer(Map<String, ?> settings) {
        return stripped(settings, CONSUMER);
    }

    /** For Kafka Streams: {@code streams.*} without the prefix, {@code producer.*} and {@code consumer.*} as they are (Streams reads those prefixes itself). */
    public static Map<String, Object> streams(Map<String, ?> settings) {
        Map<String, Object> streams = stripped(settings, STREAMS);
        settings.forEach((key, value) -> {
            if (key.startsWith(PRODUCER) || key.startsWith(CONSUMER)) {
                streams.put(key, value);
            }
        });
        return streams;
    }

    private static Map<String, Object> stripped(Map<String, ?> settings, String prefix) {
        Map<String, Object> found = new HashMap<>();
        settings.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                requireAllowed(key);
                found.put(key.substring(prefix.length()), value);
            }
        });
        return found;
    }
}
