package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.embedded.TestServices;
import io.newsflow.schemas.RawFile;
import io.newsflow.schemas.topics.DeadLetter;
import io.newsflow.schemas.topics.NewsTopics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code newsflow tail} on a real broker and registry. */
@Timeout(120)
class TailCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String topic(String name, int partitions) {
        String topic = TopicRecords.freshTopic(name);
        NewsTopics.ensure(TestServices.kafka().bootstrapServers(), List.of(topic), partitions);
        return topic;
    }

    private static List<String> tail(String... args) {
        StringWriter out = new StringWriter();
        var cmd = Newsflow.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(out));
        List<String> all = new ArrayList<>(List.of("tail", "--bootstrap-servers", TestServices.kafka().bootstrapServers(),
                "--schema-registry", TestServices.registry().url()));
        all.addAll(List.of(args));
        assertThat(cmd.execute(all.toArray(String[]::new))).as(out::toString).isZero();
        return out.toString().lines().toList();
    }

    private static JsonNode json(String line) throws Exception {
        return JSON.readTree(line);
    }

    @Test
    void printsAnArticleAsJsonWithKeyPartitionOffsetHeadersAndDecodedValue() throws Exception {
        String topic = topic("articles", 2);
        TopicRecords.send(topic, 1, "a1-0", TopicRecords.article("a1-0", "Defector claims"), TopicRecords.avro(),
                "trace", "abc");

        List<String> lines = tail(topic, "--from-beginning", "--max", "1");

        assertThat(lines).hasSize(1);
        JsonNode record = json(lines.get(0));
        assertThat(record.path("topic").asText()).isEqualTo(topic);
        assertThat(record.path("partition").asInt()).isEqualTo(1);
        assertThat(record.path("offset").asLong()).isZero();
        assertThat(Instant.parse(record.path("timestamp").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(record.path("key").asText()).isEqualTo("a1-0");
        assertThat(record.path("headers")).isEqualTo(JSON.readTree("{\"trace\":\"abc\"}"));
        JsonNode article = record.path("value");
        assertThat(article.path("title").asText()).isEqualTo("Defector claims");
        assertThat(article.path("published").asText()).isEqualTo("2017-11-27T00:00:00Z");
        assertThat(article.path("publishedSource").asText()).isEqualTo("FOOTER");
        assertThat(article.path("bylines").get(0).asText()).isEqualTo("Joseph Fitsanakis");
        assertThat(article.path("site").isNull()).isTrue();
        assertThat(article.path("stats").path("blocksKept").asInt()).isEqualTo(1);
    }

    @Test
    void maxStopsAndPartitionWithOffsetReadsFromThatOffset() throws Exception {
        String topic = topic("offsets", 2);
        for (int i = 0; i < 5; i++) {
            TopicRecords.send(topic, 0, "a" + i, TopicRecords.article("a" + i, "title " + i), TopicRecords.avro());
        }
        TopicRecords.send(topic, 1, "b", TopicRecords.article("b", "other partition"), TopicRecords.avro());

        assertThat(tail(topic, "--from-beginning", "--max", "2")).hasSize(2);
        List<String> lines = tail(topic, "--partition", "0", "--offset", "3", "--max", "2");
        assertThat(lines).hasSize(2);
        assertThat(json(lines.get(0)).path("offset").asLong()).isEqualTo(3);
        assertThat(json(lines.get(0)).path("value").path("title").asText()).isEqualTo("title 3");
        assertThat(json(lines.get(1)).path("offset").asLong()).isEqualTo(4);
        assertThat(json(lines.get(1)).path("partition").asInt()).isZero();
    }

    @Test
    void followsOnlyRecordsWrittenAfterItStarted() throws Exception {
        String topic = topic("follow", 1);
        TopicRecords.send(topic, 0, "old", TopicRecords.article("old", "old"), TopicRecords.avro());

        CompletableFuture<List<String>> tailing = CompletableFuture.supplyAsync(() -> tail(topic, "--max", "1"));
        while (!tailing.isDone()) { // tail may start after any of these: each is new to it when it comes
            TopicRecords.send(topic, 0, "new", TopicRecords.article("new", "new"), TopicRecords.avro());
            Thread.sleep(200);
        }

        JsonNode record = json(tailing.get().get(0));
        assertThat(record.path("offset").asLong()).isPositive();
        assertThat(record.path("value").path("title").asText()).isEqualTo("new");
    }

    @Test
    void garbageAndAnUnknownSchemaIdGiveOneErrorLineEachAndTailGoesOn() throws Exception {
        String topic = topic("garbage", 1);
        TopicRecords.send(topic, 0, "good", TopicRecords.article("good", "first"), TopicRecords.avro());
        TopicRecords.send(topic, 0, "bad", "hello".getBytes(StandardCharsets.UTF_8), TopicRecords.bytes());
        TopicRecords.send(topic, 0, "unknown", new byte[] {0, 0x7f, 0, 0, 1, 2, 4}, TopicRecords.bytes());
        TopicRecords.send(topic, 0, "good", TopicRecords.article("good", "after"), TopicRecords.avro());

        List<String> lines = tail(topic, "--from-beginning", "--max", "4");

        assertThat(lines).hasSize(4);
        JsonNode garbage = json(lines.get(1));
        assertThat(garbage.path("offset").asLong()).isEqualTo(1);
        assertThat(garbage.has("value")).isFalse();
        assertThat(garbage.path("error").asText()).contains("first byte 0x68", "not Confluent-framed Avro");
        JsonNode unknown = json(lines.get(2));
        assertThat(unknown.path("offset").asLong()).isEqualTo(2);
        assertThat(unknown.path("error").asText()).contains("schema id " + 0x7f000001, "does not know");
        assertThat(json(lines.get(3)).path("value").path("title").asText()).isEqualTo("after");
    }

    @Test
    void rawFileContentShowsItsSizeAndFirstCharactersOnly() throws Exception {
        String topic = topic("raw", 1);
        byte[] content = "Défector claims. ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        RawFile raw = RawFile.newBuilder().setId("f1").setFileName("big.txt").setSizeBytes(content.length)
                .setModifiedTime(Instant.EPOCH).setIngestTime(Instant.EPOCH).setMediaType("text/plain")
                .setCharset("UTF-8").setContent(ByteBuffer.wrap(content)).build();
        TopicRecords.send(topic, 0, "f1", raw, TopicRecords.avro());

        String line = tail(topic, "--from-beginning", "--max", "1").get(0);

        assertThat(line.length()).isLessThan(1_000);
        JsonNode shown = json(line).path("value").path("content");
        assertThat(shown.path("bytes").asInt()).isEqualTo(content.length);
        assertThat(shown.path("text").asText()).hasSize(AvroJson.BYTES_SHOWN).startsWith("Défector claims. Défector");
    }

    @Test
    void controlCharactersInTextAreEscaped() throws Exception {
        String topic = topic("escape", 1);
        String title = "Red \u001b[31malert\u001b[0m \u009b2J";
        TopicRecords.send(topic, 0, "esc", TopicRecords.article("esc", title), TopicRecords.avro());

        String line = tail(topic, "--from-beginning", "--max", "1").get(0);

        assertThat(line).doesNotContain("\u001b", "\u009b").containsIgnoringCase("\\u001b[31m").containsIgnoringCase("\\u009b");
        assertThat(json(line).path("value").path("title").asText()).isEqualTo(title);
    }

    @Test
    void plainValuesPrintAsTextAndDeadLettersAsTheirLengthAndReason() throws Exception {
        String aliases = topic("aliases", 1);
        TopicRecords.send(aliases, 0, "PERSON|Assad", "Bashar al-Assad".getBytes(StandardCharsets.UTF_8),
                TopicRecords.bytes());
        String dlq = topic("dlq", 1);
        TopicRecords.send(dlq, 0, "f1", "hello".getBytes(StandardCharsets.UTF_8), TopicRecords.bytes(),
                DeadLetter.STAGE, "enrich", DeadLetter.REASON, "not Avro");

        JsonNode alias = json(tail(aliases, "--from-beginning", "--max", "1").get(0));
        assertThat(alias.path("value").asText()).isEqualTo("Bashar al-Assad");
        JsonNode dead = json(tail(dlq, "--from-beginning", "--max", "1").get(0));
        assertThat(dead.path("valueBytes").asInt()).isEqualTo(5);
        assertThat(dead.path("headers")).isEqualTo(JSON.valueToTree(Map.of(DeadLetter.STAGE, "enrich",
                DeadLetter.REASON, "not Avro")));
    }
}
