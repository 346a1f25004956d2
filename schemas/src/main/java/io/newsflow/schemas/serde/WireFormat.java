package io.newsflow.schemas.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/** The Confluent wire format: magic byte 0, 4-byte big-endian schema id, then Avro binary. */
public final class WireFormat {
    static final byte MAGIC = 0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    static void writeHeader(ByteBuffer out, int schemaId) {
        out.put(MAGIC).putInt(schemaId);
    }

    /** Reads the header and returns the schema id, leaving {@code in} at the Avro payload. */
    public static int readHeader(String topic, ByteBuffer in) {
        if (in.remaining() < HEADER_SIZE) {
            throw new SerializationException("Record on topic '" + topic + "' has " + in.remaining()
                    + " bytes: too short for the schema-registry wire format (magic byte + 4-byte schema id).");
        }
        byte magic = in.get();
        if (magic != MAGIC) {
            throw new SerializationException(String.format("Record on topic '%s' starts with byte 0x%02x, not the"
                    + " schema-registry magic byte 0x00: it was not written by an Avro registry serializer.", topic, magic));
        }
        return in.getInt();
    }
}
