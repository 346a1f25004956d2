package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.embedded.TestServices;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.EntityCount;
import io.newsflow.schemas.RawFile;
import io.newsflow.schemas.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Each topic's schema of release 0.1 (in {@code src/test/resources/previous}) and today's are
 * compatible both ways: the real registry accepts today's under FULL compatibility, and a
 * consumer of either version reads records of the other. A change that breaks a downstream
 * consumer fails here, naming the schema.
 */
class SchemaEvolutionTest {

    /** Release 0.1's schemas, parsed together: EntityCount uses the EntityType that Article defines. */
    private static Map<String, Schema> previousSchemas() throws IOException {
        Schema.Parser parser = new Schema.Parser();
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (String name : List.of("RawFile", "Article", "EntityCount")) {
            try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream("/previous/" + name + "-0.1.avsc")) {
                schemas.put(name, parser.parse(in));
            }
        }
        return schemas;
    }

    private static Schema previous() throws IOException {
        return previousSchemas().get("Article");
    }

    @Test
    void theRegistryAcceptsEachOfTodaysSchemasAfterItsPreviousOneUnderFullCompatibility() throws IOException {
        SchemaRegistryClient client = new SchemaRegistryClient(TestServices.registry().url(), null);
        Map<String, Schema> today = Map.of("RawFile", RawFile.getClassSchema(), "Article", Article.getClassSchema(),
                "EntityCount", EntityCount.getClassSchema());
        for (Map.Entry<String, Schema> previous : previousSchemas().entrySet()) {
            String subject = "evolution-" + previous.getKey() + "-value";
            client.register(subject, previous.getValue());
            client.setCompatibility(subject, "FULL");
            assertThat(client.isCompatible(subject, today.get(previous.getKey())))
                    .as("%s is FULL-compatible with release 0.1's", previous.getKey()).isTrue();
        }
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
