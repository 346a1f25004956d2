package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.Article;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class WireFormatTest {
    private final AvroDeserializer<Article> deserializer =
            new AvroDeserializer<>(Article.class, new SchemaRegistryClient("http://127.0.0.1:9", null));

    @Test
    void headerIsMagicZeroThenBigEndianId() {
        ByteBuffer out = ByteBuffer.allocate(WireFormat.HEADER_SIZE);
        WireFormat.writeHeader(out, 0x01020304);
        assertThat(out.array()).containsExactly(0, 1, 2, 3, 4);
        assertThat(WireFormat.readHeader("t", ByteBuffer.wrap(out.array()))).isEqualTo(0x01020304);
    }

    @Test
    void aRecordWithoutTheMagicByteIsRefusedNamingTheTopic() {
        assertThatThrownBy(() -> deserializer.deserialize("news.articles", "{\"json\":1}".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("news.articles")
                .hasMessageContaining("0x7b");
    }

    @Test
    void aTruncatedRecordIsRefused() {
        assertThatThrownBy(() -> deserializer.deserialize("news.raw", new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("too short");
    }

    @Test
    void nullStaysNull() {
        assertThat(deserializer.deserialize("news.raw", null)).isNull();
        assertThat(new AvroSerializer<Article>(null, false).serialize("news.raw", null)).isNull();
    }
}
