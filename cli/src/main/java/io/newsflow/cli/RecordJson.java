package io.newsflow.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schemas.serde.SchemaRegistryClient;
import io.newsflow.schemas.serde.SchemaRegistryException;
import io.newsflow.schemas.serde.WireFormat;
import io.newsflow.schemas.topics.DeadLetter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;

/**
 * One Kafka record of a newsflow topic as one line of JSON: where it is, its key and headers, and
 * its value decoded through the registry when it is Confluent-framed Avro, as text when the
 * topic has no value schema, or only its length when it is a dead letter (the original bytes).
 * A value that cannot be decoded gives an error line instead, naming the record.
 */
final class RecordJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // control characters of any kind are escaped, so printed text cannot drive the terminal
        JSON.getFactory().setCharacterEscapes(new ControlEscapes());
    }

    private final SchemaRegistryClient registry;
    private final Predicate<String> hasValueSchema;
    private final Map<String, Boolean> schemaTopics = new HashMap<>();

    /** @param hasValueSchema whether a topic's values are registered Avro (subject {@code <topic>-value}) */
    RecordJson(SchemaRegistryClient registry, Predicate<String> hasValueSchema) {
        this.registry = registry;
        this.hasValueSchema = hasValueSchema;
    }

    String line(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode node = JSON.createObjectNode()
                .put("topic", record.topic())
                .put("partition", record.partition())
                .put("offset", record.offset())
                .put("timestamp", record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()).toString())
                .put("key", record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8));
        ObjectNode headers = node.putObject("headers");
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        byte[] value = record.value();
        try {
            if (value != null && record.headers().lastHeader(DeadLetter.STAGE) != null) {
                node.put("valueBytes", value.length); // the refused record itself: its headers say why
            } else if (value == null || value.length == 0 || value[0] != 0) {
                if (value != null && schemaTopics.computeIfAbsent(record.topic(), hasValueSchema::test)) {
                    throw new IllegalArgumentException(String.format("value (%d bytes, first byte 0x%02x) is not"
                            + " Confluent-framed Avro (magic byte 0x00, 4-byte schema id, Avro binary), though topic"
                            + " '%s' has a value schema: a producer other than newsflow's Avro serializer wrote it,"
                            + " and no stage can read it", value.length, value.length == 0 ? 0 : value[0], record.topic()));
                }
                node.put("value", value == null ? null : new String(value, StandardCharsets.UTF_8));
            } else {
                node.set("value", avro(record.topic(), value));
            }
        } catch (IllegalArgumentException e) {
            return error(record, e.getMessage());
        }
        return write(node);
    }

    private JsonNode avro(String topic, byte[] value) {
        int id;
        try {
            id = WireFormat.readHeader(topic, ByteBuffer.wrap(value));
        } catch (SerializationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Schema schema;
        try {
            schema = registry.schemaById(id);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() != SchemaRegistryException.SCHEMA_NOT_FOUND) {
                throw e; // the registry is down or refuses us: no record can be read, so tail stops
            }
            throw new IllegalArgumentException("value names schema id " + id + ", which the registry at "
                    + registry.baseUrl() + " does not know: it was written against another registry, or the"
                    + " schema was deleted", e);
        }
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(value, WireFormat.HEADER_SIZE,
                    value.length - WireFormat.HEADER_SIZE, null);
            Object datum = new GenericDatumReader<>(schema).read(null, decoder);
            if (!decoder.isEnd()) {
                throw new IOException("bytes are left after the record");
            }
            return AvroJson.of(datum, schema);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("value does not decode as Avro with schema id " + id + " ("
                    + schema.getFullName() + "): " + e + "; it is corrupt, or framed with the wrong schema id", e);
        }
    }

    private static String error(ConsumerRecord<?, ?> record, String message) {
        return write(JSON.createObjectNode().put("topic", record.topic()).put("partition", record.partition())
                .put("offset", record.offset()).put("error", message));
    }

    /** {@code node} as one line, its control characters escaped. */
    static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON's own escapes (C0 controls), plus DEL and the C1 controls (8-bit CSI, U+009B, starts escape sequences too). */
    private static final class ControlEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        ControlEscapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch >= 0x80 && ch <= 0x9f ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
