package io.newsflow.enrich;

import io.newsflow.schemas.EntityType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * How the alias topic is read: keys {@code TYPE|name|…} or {@code TYPE|short|…}, values a
 * canonical name, both UTF-8 text. Anything else (garbage bytes, an Avro record) is refused as
 * unreadable, so that it goes to the dead-letter topic ({@link UnreadableRecordHandler}) instead
 * of into the store, where a stray value under a real key would rename an entity in every later
 * article. A plain string serde would take any bytes.
 */
final class AliasRecords {
    private static final Pattern KEY = Pattern.compile("(" + Arrays.stream(EntityType.values()).map(Enum::name)
            .collect(Collectors.joining("|")) + ")\\|(name|short)\\|[^\\p{Cntrl}]+");

    private AliasRecords() {
    }

    static Serde<String> keys() {
        return Serdes.serdeFrom(new StringSerializer(), reading("key", true));
    }

    static Serde<String> canonicalNames() {
        return Serdes.serdeFrom(new StringSerializer(), reading("canonical name", false));
    }

    private static Deserializer<String> reading(String what, boolean key) {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            } catch (CharacterCodingException e) {
                throw new SerializationException("the alias " + what + " is not UTF-8 text");
            }
            boolean wellFormed = key ? KEY.matcher(text).matches() : text.chars().noneMatch(Character::isISOControl);
            if (!wellFormed) {
                throw new SerializationException("the alias " + what + " is not "
                        + (key ? "TYPE|name|… or TYPE|short|…" : "a name (it holds control characters)"));
            }
            return text;
        };
    }
}
