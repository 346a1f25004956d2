package io.newsflow.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-wire-format Avro into a SpecificRecord of a fixed class, resolving the
 * writer's schema (fetched by id from the registry) against the class's own schema, so
 * records written with an older or newer compatible schema still read.
 */
public final class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {
    private final Schema readerSchema;
    private SchemaRegistryClient registry;

    /** {@link #configure} must follow. */
    public AvroDeserializer(Class<T> type) {
        this.readerSchema = SpecificData.get().getSchema(Objects.requireNonNull(type));
    }

    public AvroDeserializer(Class<T> type, SchemaRegistryClient registry) {
        this(type);
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.registry = new AvroSerdeConfig(configs).newClient();
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(data);
        int id = WireFormat.readHeader(topic, in);
        try {
            Schema writerSchema = registry.schemaById(id);
            SpecificDatumReader<T> reader = new SpecificDatumReader<>(writerSchema, readerSchema);
            BinaryDecoder decoder = DecoderFactory.get()
                    .binaryDecoder(data, in.position(), in.remaining(), null);
            return reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot read record with schema id " + id + " on topic '" + topic
                    + "' as " + readerSchema.getFullName() + ": " + e.getMessage(), e);
        }
    }
}
