package io.newsflow.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schemas.topics.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record of the dead-letter topic, read through the {@link DeadLetter} headers a stage put on it:
 * which stage refused it, why, and where it came from. Everything in it is untrusted text.
 */
final class DeadLetterRecord {
    private final ConsumerRecord<byte[], byte[]> record;

    DeadLetterRecord(ConsumerRecord<byte[], byte[]> record) {
        this.record = record;
    }

    /** The stage that refused it, or null when a producer other than a stage wrote it. */
    String stage() {
        return header(DeadLetter.STAGE);
    }

    Optional<String> sourceTopic() {
        return Optional.ofNullable(header(DeadLetter.SOURCE_TOPIC)).filter(t -> !t.isEmpty());
    }

    /** Where this dead letter sits, for messages: {@code news.dlq-0@12}. */
    String position() {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    /** One table line: partition@offset, time, stage, origin, key, reason; control characters shown as '?'. */
    String tableLine() {
        String origin = sourceTopic().map(t -> t + "-" + orDash(header(DeadLetter.SOURCE_PARTITION)) + "@"
                + orDash(header(DeadLetter.SOURCE_OFFSET))).orElse("-");
        return String.format("%d@%d  %s  %-6s  %s  key=%s  %s", record.partition(), record.offset(), timestamp(),
                printable(orDash(stage())), printable(origin), printable(orDash(key())), printable(orDash(header(DeadLetter.REASON))));
    }

    /** One JSON line with the same fields as the table, every header, and the value's length (the bytes are the refused record). */
    String jsonLine() {
        ObjectNode node = JsonNodeFactory.instance.objectNode()
                .put("topic", record.topic())
                .put("partition", record.partition())
                .put("offset", record.offset())
                .put("timestamp", record.timestamp() < 0 ? null : timestamp())
                .put("stage", stage())
                .put("reason", header(DeadLetter.REASON))
                .put("exception", header(DeadLetter.EXCEPTION))
                .put("sourceTopic", header(DeadLetter.SOURCE_TOPIC))
                .put("sourcePartition", header(DeadLetter.SOURCE_PARTITION))
                .put("sourceOffset", header(DeadLetter.SOURCE_OFFSET))
                .put("key", key())
                .put("valueBytes", record.value() == null ? null : record.value().length);
        ObjectNode headers = node.putObject("headers");
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : utf8(header.value()));
        }
        return RecordJson.write(node);
    }

    /**
     * The original record, for its source topic: same key and value bytes, the headers it came with
     * but not the ones the stage added (a replayed record that fails again gets fresh ones).
     */
    ProducerRecord<byte[], byte[]> replay() {
        String topic = sourceTopic().orElseThrow(() -> new IllegalStateException("Dead letter " + position()
                + " has no " + DeadLetter.SOURCE_TOPIC + " header, so it is unknown where it came from; select"
                + " around it (--since, --stage, --max), or publish its bytes yourself to the topic it belongs to."));
        ProducerRecord<byte[], byte[]> original = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("newsflow.error.") && !header.key().startsWith("newsflow.source.")) {
                original.headers().add(header);
            }
        }
        return original;
    }

    private String timestamp() {
        return record.timestamp() < 0 ? "-" : Instant.ofEpochMilli(record.timestamp()).toString();
    }

    private String key() {
        return record.key() == null ? null : utf8(record.key());
    }

    private String header(String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : utf8(header.value());
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }

    /** Untrusted text for a terminal: control and format characters (ESC, CSI, bidi overrides) become '?'. */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> shown.appendCodePoint(
                Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c));
        return shown.toString();
    }
}
