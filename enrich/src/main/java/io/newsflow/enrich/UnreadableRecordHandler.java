package io.newsflow.enrich;

import io.newsflow.schemas.serde.SchemaRegistryException;
import io.newsflow.schemas.topics.DeadLetter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Streams does with a record it cannot deserialize, on a topic the topology reads with a
 * typed serde (the entity-mention repartition topic; news.raw is read as bytes and dead-lettered
 * by {@link EnrichProcessor}). Streams' own default stops the thread, and the replacement thread
 * meets the same record: one garbage record would stop enrich for good. Instead the record goes
 * to the dead-letter topic with the usual headers and the stream goes on; if the dead-letter
 * topic cannot be written, the thread fails as before, so no record is skipped unrecorded.
 * The dead letter is sent outside the stream's transaction: a task that is redone after a crash
 * may send it twice.
 */
public final class UnreadableRecordHandler implements DeserializationExceptionHandler {
    /** Streams setting carrying the dead-letter topic to this handler. */
    static final String DEAD_LETTER_TOPIC = "newsflow.dead.letter.topic";
    private static final Logger LOG = LoggerFactory.getLogger(UnreadableRecordHandler.class);

    private String topic;
    private Map<String, Object> producerSettings;
    /**
     * Made at the first unreadable record, as most runs never need one; never closed, as Streams
     * gives handlers no close (its network thread is a daemon).
     */
    private Producer<byte[], byte[]> producer;

    @Override
    public void configure(Map<String, ?> configs) {
        this.topic = (String) configs.get(DEAD_LETTER_TOPIC);
        Map<String, Object> settings = new HashMap<>();
        // the stream's own connection: brokers, and TLS or SASL if it uses them
        configs.forEach((name, value) -> {
            if (name.equals(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG) || name.startsWith("security.")
                    || name.startsWith("ssl.") || name.startsWith("sasl.")) {
                settings.put(name, value);
            }
        });
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 32 * 1024 * 1024);
        this.producerSettings = settings;
    }

    @Override
    public synchronized DeserializationHandlerResponse handle(ErrorHandlerContext context,
                                                              ConsumerRecord<byte[], byte[]> record, Exception error) {
        if (SchemaRegistryException.unavailableIn(error)) {
            LOG.error("Record {}-{}@{} cannot be read while the schema registry cannot be reached ({}); the stream thread"
                    + " stops and its replacement reads it again", record.topic(), record.partition(), record.offset(),
                    error.toString());
            return DeserializationHandlerResponse.FAIL;
        }
        Exception reason = new SerializationException("Record on topic '" + record.topic() + "' cannot be read ("
                + error.getMessage() + "); only newsflow enrich writes this topic: find what else wrote to it.", error);
        var headers = DeadLetter.describe(new RecordHeaders(record.headers().toArray()), "enrich", reason,
                record.topic(), record.partition(), record.offset());
        try {
            if (producer == null) {
                producer = new KafkaProducer<>(producerSettings, new ByteArraySerializer(), new ByteArraySerializer());
            }
            producer.send(new ProducerRecord<>(topic, null, record.timestamp(), record.key(), record.value(), headers))
                    .get(60, TimeUnit.SECONDS);
        } catch (Exception unsent) {
            LOG.error("Record {}-{}@{} cannot be read ({}) nor sent to the dead-letter topic {} ({}); the stream thread"
                    + " stops on it", record.topic(), record.partition(), record.offset(), error, topic, unsent.toString());
            return DeserializationHandlerResponse.FAIL;
        }
        LOG.warn("Record {}-{}@{} cannot be read and went to the dead-letter topic {}: {}", record.topic(),
                record.partition(), record.offset(), topic, error.toString());
        return DeserializationHandlerResponse.CONTINUE;
    }
}
