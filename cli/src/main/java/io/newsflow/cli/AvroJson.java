package io.newsflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * A generically read Avro datum as plain JSON: unions as their value (not Avro JSON's
 * {"string": ...} wrapper), timestamp-millis as ISO-8601, and bytes (RawFile's content, which can
 * be megabytes) as their size and first {@value #BYTES_SHOWN} characters, read in the charset the
 * record's {@code charset} field names, else UTF-8.
 */
final class AvroJson {
    static final int BYTES_SHOWN = 200;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AvroJson() {
    }

    static JsonNode of(Object datum, Schema schema) {
        return of(datum, schema, StandardCharsets.UTF_8);
    }

    private static JsonNode of(Object datum, Schema schema, Charset charset) {
        if (datum == null) {
            return NODES.nullNode();
        }
        switch (schema.getType()) {
            case RECORD: {
                IndexedRecord record = (IndexedRecord) datum;
                Charset declared = charsetOf(record);
                ObjectNode node = NODES.objectNode();
                for (Schema.Field field : schema.getFields()) {
                    node.set(field.name(), of(record.get(field.pos()), field.schema(), declared));
                }
                return node;
            }
            case UNION:
                return of(datum, schema.getTypes().get(GenericData.get().resolveUnion(schema, datum)), charset);
            case ARRAY: {
                ArrayNode node = NODES.arrayNode();
                for (Object item : (Iterable<?>) datum) {
                    node.add(of(item, schema.getElementType(), charset));
                }
                return node;
            }
            case MAP: {
                ObjectNode node = NODES.objectNode();
                ((Map<?, ?>) datum).forEach((k, v) -> node.set(k.toString(), of(v, schema.getValueType(), charset)));
                return node;
            }
            case BYTES:
                return abbreviated(((ByteBuffer) datum).duplicate(), charset);
            case FIXED:
                return abbreviated(ByteBuffer.wrap(((GenericFixed) datum).bytes()), charset);
            case LONG:
                return schema.getLogicalType() instanceof LogicalTypes.TimestampMillis
                        ? NODES.textNode(Instant.ofEpochMilli((Long) datum).toString())
                        : NODES.numberNode((Long) datum);
            case INT:
                return NODES.numberNode((Integer) datum);
            case FLOAT:
                return NODES.numberNode((Float) datum);
            case DOUBLE:
                return NODES.numberNode((Double) datum);
            case BOOLEAN:
                return NODES.booleanNode((Boolean) datum);
            case NULL:
                return NODES.nullNode();
            default: // STRING, ENUM
                return NODES.textNode(datum.toString());
        }
    }

    private static ObjectNode abbreviated(ByteBuffer bytes, Charset charset) {
        ObjectNode node = NODES.objectNode().put("bytes", bytes.remaining());
        // enough bytes for BYTES_SHOWN characters in any common charset; a cut character at the end is dropped
        ByteBuffer head = bytes.slice().limit(Math.min(bytes.remaining(), BYTES_SHOWN * 4));
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer text = CharBuffer.allocate(BYTES_SHOWN);
        decoder.decode(head, text, false);
        return node.put("text", text.flip().toString());
    }

    private static Charset charsetOf(IndexedRecord record) {
        Schema.Field field = record.getSchema().getField("charset");
        Object name = field == null ? null : record.get(field.pos());
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.toString());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
