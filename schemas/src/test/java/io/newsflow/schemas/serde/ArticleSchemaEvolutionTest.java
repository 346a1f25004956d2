package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.embedded.TestServices;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

/**
 * The Article schema of release 0.1 (before {@code publishedLocal}) and today's are compatible
 * both ways: the real registry accepts today's under FULL compatibility, a consumer of either
 * version reads records of the other.
 */
class ArticleSchemaEvolutionTest {

    private static Schema previous() throws IOException {
        try (InputStream in = ArticleSchemaEvolutionTest.class.getResourceAsStream("/previous/Article-0.1.avsc")) {
            return new Schema.Parser().parse(in);
        }
    }

    @Test
    void theRegistryAcceptsTodaysArticleSchemaAfterThePreviousOneUnderFullCompatibility() throws IOException {
        SchemaRegistryClient client = new SchemaRegistryClient(TestServices.registry().url(), null);
        String subject = "evolution-articles-value";
        client.register(subject, previous());
        client.setCompatibility(subject, "FULL");
        assertThat(client.isCompatible(subject, Article.getClassSchema())).isTrue();
    }

    @Test
    void aPreviousRecordReadsWithNoPageDayAndATodaysRecordReadsInThePreviousSchema() throws IOException {
        Schema previous = previous();
        Article today = Article.newBuilder(Samples.article("e1")).setPublishedLocal("2019-10-16T00:04+02:00").build();

        GenericRecord asPrevious = new GenericDatumReader<GenericRecord>(Article.getClassSchema(), previous)
                .read(null, DecoderFactory.get().binaryDecoder(bytes(today), null));
        assertThat(asPrevious.getSchema().getField("publishedLocal")).isNull();
        assertThat(asPrevious.get("title")).hasToString(today.getTitle());

        ByteArrayOutputStream old = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(old, null);
        new GenericDatumWriter<GenericRecord>(previous).write(asPrevious, encoder);
        encoder.flush();
        Article read = new SpecificDatumReader<Article>(previous, Article.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(old.toByteArray(), null));
        assertThat(read.getPublishedLocal()).isNull();
        assertThat(read.getTitle()).isEqualTo(today.getTitle());
    }

    private static byte[] bytes(Article article) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(Article.class).write(article, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
