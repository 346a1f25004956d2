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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
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
            Schema current = today.get(previous.getKey());
            assertThat(client.isCompatible(subject, current))
                    .as("%s: today's %s is not FULL-compatible with release 0.1's: %s", subject, previous.getKey(),
                            fullIncompatibilities(previous.getValue(), current)).isTrue();
        }
    }

    @Test
    void anIncompatibleChangeIsRefusedByTheRegistryAndDescribedByField() throws IOException {
        SchemaRegistryClient client = new SchemaRegistryClient(TestServices.registry().url(), null);
        String subject = "evolution-narrowed-Article-value";
        client.register(subject, previous());
        client.setCompatibility(subject, "FULL");
        Schema narrowed = new Schema.Parser().parse(previous().toString().replace(
                "{\"name\":\"partCount\",\"type\":\"int\"", "{\"name\":\"partCount\",\"type\":\"string\""));

        assertThat(client.isCompatible(subject, narrowed)).isFalse();
        assertThat(fullIncompatibilities(previous(), narrowed)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).contains("field partCount"));
        assertThat(fullIncompatibilities(previous(), Article.getClassSchema())).isEmpty();
    }

    /** What stops {@code today} from reading {@code previous}'s records or the other way round, by field path. */
    private static List<String> fullIncompatibilities(Schema previous, Schema today) {
        List<String> problems = new ArrayList<>();
        for (Schema[] readerWriter : new Schema[][] {{today, previous}, {previous, today}}) {
            String direction = readerWriter[0] == today ? "today's reader of 0.1's records" : "0.1's reader of today's records";
            for (SchemaCompatibility.Incompatibility problem : SchemaCompatibility
                    .checkReaderWriterCompatibility(readerWriter[0], readerWriter[1]).getResult().getIncompatibilities()) {
                problems.add(direction + ": field " + fieldPath(readerWriter[0], problem.getLocation()) + ": "
                        + problem.getType() + " (" + problem.getMessage() + ")");
            }
        }
        return problems;
    }

    /** Avro's JSON-pointer location (/fields/3/type/items/fields/1) as field names (entities.type). */
    private static String fieldPath(Schema schema, String location) {
        List<String> names = new ArrayList<>();
        String[] steps = location.split("/");
        for (int i = 1; i < steps.length; i++) {
            if (schema.getType() == Schema.Type.UNION && steps[i].matches("\\d+")) {
                schema = schema.getTypes().get(Integer.parseInt(steps[i]));
            } else if (steps[i].equals("fields") && i + 1 < steps.length) {
                Schema.Field field = schema.getFields().get(Integer.parseInt(steps[++i]));
                names.add(field.name());
                schema = field.schema();
            } else if (steps[i].equals("items")) {
                schema = schema.getElementType();
            } else if (steps[i].equals("values")) {
                schema = schema.getValueType();
            }
        }
        return names.isEmpty() ? "(the record)" : String.join(".", names);
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
