package io.newsflow.enrich;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends the dead letters of unreadable records on the alias topic, which Streams reads on its
 * global thread. That thread has no transaction to join, and Streams 4.2 cannot send a handler's
 * dead letters from it (it casts the global context to a record collector and the client dies:
 * apache/kafka pull request 21535), so these go with a producer of their own.
 */
final class AliasDeadLetters {
    private final Map<String, Object> settings = new HashMap<>();
    /**
     * Made at the first unreadable alias, as most runs never need one; never closed, as Streams
     * gives handlers no close (its network thread is a daemon).
     */
    private Producer<byte[], byte[]> producer;

    AliasDeadLetters(Map<String, ?> streamsSettings) {
        // the stream's own connection: brokers, and TLS or SASL if it uses them
        streamsSettings.forEach((name, value) -> {
            if (name.equals(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG) || name.startsWith("security.")
                    || name.startsWith("ssl.") || name.startsWith("sasl.")) {
                settings.put(name, value);
            }
        });
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 32 * 1024 * 1024);
    }

    /** Sends {@code letter} and waits until the broker has it. */
    synchronized void send(ProducerRecord<byte[], byte[]> letter)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (producer == null) {
            producer = new KafkaProducer<>(settings, new ByteArraySerializer(), new ByteArraySerializer());
        }
        producer.send(letter).get(60, TimeUnit.SECONDS);
    }
}
