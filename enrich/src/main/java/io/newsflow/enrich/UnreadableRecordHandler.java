package io.newsflow.enrich;

import io.newsflow.schemas.serde.SchemaRegistryException;
import io.newsflow.schemas.topics.DeadLetter;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Streams does with a record it cannot deserialize, on a topic the topology reads with a
 * typed serde (the entity-mention repartition topic and the alias topic; news.raw is read as bytes
 * and dead-lettered by {@link EnrichProcessor}). Streams' own default stops the thread, and the
 * replacement thread meets the same record: one garbage record would stop enrich for good.
 * Instead the record goes to the dead-letter topic with the usual headers and the stream goes on.
 * A mention's dead letter is sent by Streams with the task's own producer, so it commits with the
 * stream's transaction: a task redone after a crash leaves one dead letter, not two. An alias's
 * goes through {@link AliasDeadLetters}. If the dead-letter topic cannot be written, the thread
 * fails, so no record is skipped unrecorded.
 */
public final class UnreadableRecordHandler implements DeserializationExceptionHandler {
    /** Streams setting carrying the dead-letter topic to this handler. */
    static final String DEAD_LETTER_TOPIC = "newsflow.dead.letter.topic";
    /** Streams setting carrying the alias topic, read on the global thread, to this handler. */
    static final String ALIAS_TOPIC = "newsflow.alias.topic";
    private static final Logger LOG = LoggerFactory.getLogger(UnreadableRecordHandler.class);

    private String topic;
    private String aliasTopic;
    private AliasDeadLetters aliasDeadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        this.topic = (String) configs.get(DEAD_LETTER_TOPIC);
        this.aliasTopic = (String) configs.get(ALIAS_TOPIC);
        this.aliasDeadLetters = new AliasDeadLetters(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception error) {
        if (SchemaRegistryException.unavailableIn(error)) {
            LOG.error("Record {}-{}@{} cannot be read while the schema registry cannot be reached ({}); the stream thread"
                    + " stops and its replacement reads it again", record.topic(), record.partition(), record.offset(),
                    error.toString());
            return Response.fail();
        }
        Exception reason = new SerializationException("Record on topic '" + record.topic() + "' cannot be read ("
                + error.getMessage() + "); only newsflow enrich writes this topic: find what else wrote to it.", error);
        var headers = DeadLetter.describe(new RecordHeaders(record.headers().toArray()), "enrich", reason,
                record.topic(), record.partition(), record.offset());
        var letter = new ProducerRecord<>(topic, null, record.timestamp(), record.key(), record.value(), headers);
        LOG.warn("Record {}-{}@{} cannot be read and goes to the dead-letter topic {}: {}", record.topic(),
                record.partition(), record.offset(), topic, error.toString());
        if (!record.topic().equals(aliasTopic)) {
            return Response.resume(List.of(letter));
        }
        try {
            aliasDeadLetters.send(letter);
        } catch (Exception unsent) {
            if (unsent instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.error("Record {}-{}@{} cannot be sent to the dead-letter topic {} ({}); the stream thread stops on it",
                    record.topic(), record.partition(), record.offset(), topic, unsent.toString());
            return Response.fail();
        }
        return Response.resume();
    }
}
