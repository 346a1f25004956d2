package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code docs/topics.md} is what {@link TopicContract} renders from today's schemas. */
class TopicContractTest {
    private static final Path DOC = Path.of("..", "docs", "topics.md");
    private static final Path PREVIOUS = Path.of("src", "test", "resources", "previous");
    private static final String REGENERATE =
            "./mvnw -o -q -pl schemas verify -Dtest=TopicContractTest -Dnewsflow.docs.write=true";

    private static String rendered;

    @BeforeAll
    static void render() throws IOException {
        rendered = TopicContract.render(TopicContract.previous(PREVIOUS));
    }

    @Test
    void theCommittedDocumentIsTheOneTheSchemasGive() throws IOException {
        // the switch makes this test the generator, so there is one way to produce the file
        if (Boolean.getBoolean("newsflow.docs.write")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, rendered);
        }
        assertThat(Files.exists(DOC)).as("%s is missing; create it with: %s", DOC, REGENERATE).isTrue();
        assertThat(Files.readString(DOC))
                .as("docs/topics.md differs from the .avsc files; regenerate it with: %s", REGENERATE)
                .isEqualTo(rendered);
    }

    @Test
    void aFieldAddedSinceThePreviousReleaseIsMarkedWithThisOne() {
        assertThat(rendered).contains("| `publishedLocal` | null or string | `null` | 0.2 |")
                .contains("| `title` | null or string | `null` | 0.1 |");
    }

    @Test
    void typesReadAsWordsAndDefaultsAreShown() {
        assertThat(rendered)
                .contains("| `published` | null or long (timestamp-millis) | `null` | 0.1 |")
                .contains("| `entities` | array of Entity | `[]` | 0.1 |")
                .contains("| `publishedSource` | enum DateSource (METADATA, DATELINE, FOOTER, INGEST_TIME, NONE)"
                        + " | `NONE` | 0.1 |")
                .contains("| `salience` | double | `0.0` | 0.1 |")
                .contains("| `rawId` | string |  | 0.1 |")
                .contains("\n### EntityMention\n");
    }

    @Test
    void aRenamedFieldWithItsOldNameAsAliasIsAsOldAsThatField() {
        Schema previous = new Schema.Parser().parse("""
                {"type": "record", "name": "R", "fields": [{"name": "old", "type": "string"}]}""");
        Schema today = new Schema.Parser().parse("""
                {"type": "record", "name": "R", "fields": [
                  {"name": "renamed", "aliases": ["old"], "type": "string", "doc": "a | b"},
                  {"name": "added", "type": ["null", "int"], "default": null}]}""");

        assertThat(TopicContract.table(today, previous))
                .contains("| `renamed` | string |  | 0.1 | a \\| b |")
                .contains("| `added` | null or int | `null` | 0.2 |  |");
    }
}
