package io.newsflow.schemas;

import io.newsflow.schemas.topics.DeadLetter;
import io.newsflow.schemas.topics.NewsTopics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;

/**
 * Renders the topic contract ({@code docs/topics.md}) from the Avro schemas, so the document
 * cannot drift from what the topics carry: {@code TopicContractTest} fails when it does.
 */
final class TopicContract {
    static final String PREVIOUS_RELEASE = "0.1";
    static final String CURRENT_RELEASE = "0.2";

    private record Topic(String name, Schema value, String key) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic(NewsTopics.RAW, RawFile.getClassSchema(), "string, the lower-case hex SHA-256 of the dropped"
                    + " file's bytes (the same as `id`), so a file dropped twice is the same record."),
            new Topic(NewsTopics.ARTICLES, Article.getClassSchema(), "string `<rawId>-<partIndex>` (the same as `id`),"
                    + " e.g. `<sha-256>-0` for a file's first article."),
            new Topic(NewsTopics.ENTITY_COUNTS, EntityCount.getClassSchema(), "string"
                    + " `<type>|<window>|<windowStart>|<canonicalName>`, e.g."
                    + " `PERSON|DAY|2019-10-16T00:00:00Z|Bashar al-Assad` (windowStart as an ISO-8601 UTC instant)."
                    + " The topic is compacted: the newest record for a key is the count."));

    private TopicContract() {
    }

    /** Writes the document to {@code args[0]}, with "since" read from release 0.1's schemas in {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TopicContract OUTPUT.md PREVIOUS_SCHEMA_DIR");
        }
        Files.writeString(Path.of(args[0]), render(previous(Path.of(args[1]))));
    }

    /** Release 0.1's schemas in {@code dir}, parsed together: EntityCount uses the EntityType that Article defines. */
    static List<Schema> previous(Path dir) throws IOException {
        Schema.Parser parser = new Schema.Parser();
        List<Schema> schemas = new ArrayList<>();
        for (String name : List.of("RawFile", "Article", "EntityCount")) {
            try (InputStream in = Files.newInputStream(dir.resolve(name + "-" + PREVIOUS_RELEASE + ".avsc"))) {
                schemas.add(parser.parse(in));
            }
        }
        return schemas;
    }

    static String render(List<Schema> previous) {
        Map<String, Schema> previousRecords = new HashMap<>();
        previous.forEach(schema -> records(schema).forEach(r -> previousRecords.put(r.getFullName(), r)));
        StringBuilder doc = new StringBuilder("""
                # Topics

                What each Kafka topic of newsflow carries. Generated from `schemas/src/main/avro` by
                `TopicContract`; do not edit: `TopicContractTest` fails when this file differs from the schemas
                (run it with `-Dnewsflow.docs.write=true` to rewrite it).

                Values are Avro in the Confluent wire format, registered under subject `<topic>-value`; keys are
                plain UTF-8 strings. "since" is %s when the field is in release %s's schema, else %s.
                How to consume them, and the ordering and delivery guarantees: `docs/consuming.md`.
                """.formatted(PREVIOUS_RELEASE, PREVIOUS_RELEASE, CURRENT_RELEASE));
        for (Topic topic : TOPICS) {
            doc.append("\n## ").append(topic.name()).append("\n\n")
                    .append("Value: `").append(topic.value().getName()).append("`. ").append(topic.value().getDoc())
                    .append("\n\nKey: ").append(topic.key()).append('\n');
            for (Schema record : records(topic.value())) {
                if (record != topic.value()) {
                    doc.append("\n### ").append(record.getName()).append("\n\n").append(record.getDoc()).append('\n');
                }
                doc.append('\n').append(table(record, previousRecords.get(record.getFullName())));
            }
        }
        doc.append("\n## ").append(NewsTopics.DLQ).append("\n\n")
                .append("Records a stage could not process, not Avro: the original record's key and value bytes,"
                        + " unchanged, with UTF-8 headers ")
                .append(String.join(", ", List.of(DeadLetter.STAGE, DeadLetter.REASON, DeadLetter.EXCEPTION,
                        DeadLetter.SOURCE_TOPIC, DeadLetter.SOURCE_PARTITION, DeadLetter.SOURCE_OFFSET)
                        .stream().map(h -> "`" + h + "`").toList()))
                .append(". `newsflow dlq --replay` sends them back to their source topic.\n");
        doc.append("\n## ").append(NewsTopics.ENTITY_ALIASES).append("\n\n")
                .append("Names enrich has learnt, not Avro: plain string key (`<type>|name|<normalised name>` or"
                        + " `<type>|short|<short form>`) and value (the canonical name it stands for; empty when a"
                        + " short form is ambiguous). Compacted; written and read by enrich only.\n");
        doc.append("""

                ## Evolution rules

                - A new field is optional and has a default (usually `null or X`, default `null`), so a reader
                  of today's schema reads old records and an old reader skips the field.
                - A renamed field or record keeps its old name in `aliases`.
                - No narrowing: no type changes to one that cannot hold every old value (e.g. `long` to `int`),
                  no union branch or enum symbol is removed, and no field without a default is added or removed.
                - `SchemaEvolutionTest` registers each of release 0.1's schemas (`schemas/src/test/resources/previous`)
                  in a real schema registry, sets the subject's compatibility to FULL and checks that today's
                  schema is accepted; and checks that an Article written today reads in the 0.1 schema and one
                  written in 0.1 reads today (with `publishedLocal` null). The compatibility level is FULL: the
                  registry that `newsflow run` embeds is set to it; set it on an external registry's subjects too.
                """);
        return doc.toString();
    }

    /** A Markdown table of {@code record}'s fields; "since" from the same record in the previous release, if any. */
    static String table(Schema record, Schema previous) {
        StringBuilder table = new StringBuilder("| field | type | default | since | meaning |\n|---|---|---|---|---|\n");
        for (Schema.Field field : record.getFields()) {
            table.append("| `").append(field.name()).append("` | ").append(cell(type(field.schema())))
                    .append(" | ").append(field.hasDefaultValue() ? "`" + defaultValue(field) + "`" : "")
                    .append(" | ").append(existedIn(field, previous) ? PREVIOUS_RELEASE : CURRENT_RELEASE)
                    .append(" | ").append(cell(field.doc() == null ? "" : field.doc())).append(" |\n");
        }
        return table.toString();
    }

    /** Readable type: {@code null or string}, {@code long (timestamp-millis)}, {@code array of Entity}, enum symbols. */
    static String type(Schema schema) {
        return switch (schema.getType()) {
            case UNION -> String.join(" or ", schema.getTypes().stream().map(TopicContract::type).toList());
            case ARRAY -> "array of " + type(schema.getElementType());
            case MAP -> "map of " + type(schema.getValueType());
            case ENUM -> "enum " + schema.getName() + " (" + String.join(", ", schema.getEnumSymbols()) + ")";
            case RECORD, FIXED -> schema.getName();
            default -> schema.getLogicalType() == null ? schema.getName()
                    : schema.getName() + " (" + schema.getLogicalType().getName() + ")";
        };
    }

    private static String defaultValue(Schema.Field field) {
        Object value = field.defaultVal();
        // Avro returns a marker object for a null default, whose toString is not "null"
        return value == JsonProperties.NULL_VALUE ? "null" : String.valueOf(value);
    }

    /** A renamed field counts as old when one of its aliases names the previous field. */
    private static boolean existedIn(Schema.Field field, Schema previous) {
        if (previous == null) {
            return false;
        }
        Set<String> names = new LinkedHashSet<>(field.aliases());
        names.add(field.name());
        return names.stream().anyMatch(name -> previous.getField(name) != null);
    }

    /** {@code root} and the records nested in it, in order of first appearance, each once. */
    private static Set<Schema> records(Schema root) {
        Set<Schema> found = new LinkedHashSet<>();
        collect(root, found);
        return found;
    }

    private static void collect(Schema schema, Set<Schema> found) {
        switch (schema.getType()) {
            case RECORD -> {
                if (found.add(schema)) {
                    schema.getFields().forEach(field -> collect(field.schema(), found));
                }
            }
            case UNION -> schema.getTypes().forEach(member -> collect(member, found));
            case ARRAY -> collect(schema.getElementType(), found);
            case MAP -> collect(schema.getValueType(), found);
            default -> {
            }
        }
    }

    /** Keeps a doc inside its table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
