package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.embedded.TestServices;
import io.newsflow.schemas.topics.DeadLetter;
import io.newsflow.schemas.topics.NewsTopics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code newsflow dlq} on a real broker, with dead letters written the way the stages write them. */
@Timeout(120)
class DlqCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] RAW_VALUE = {0, 0, 0, 0, 7, (byte) 0xff, 0x1b, 42};

    private static String topic(String name) {
        String topic = TopicRecords.freshTopic(name);
        NewsTopics.ensure(TestServices.kafka().bootstrapServers(), List.of(topic), 1);
        return topic;
    }

    private record Run(int exitCode, List<String> lines, String text) {
    }

    private static Run dlq(String... args) {
        StringWriter out = new StringWriter();
        var cmd = Newsflow.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(out));
        List<String> all = new ArrayList<>(List.of("dlq", "--bootstrap-servers", TestServices.kafka().bootstrapServers()));
        all.addAll(List.of(args));
        int exit = cmd.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString().lines().toList(), out.toString());
    }

    private static List<String> list(String... args) {
        Run run = dlq(args);
        assertThat(run.exitCode()).as(run::text).isZero();
        return run.lines();
    }

    /** Headers as a stage leaves them: the record's own, then {@link DeadLetter#describe}. */
    private static Headers refused(String stage, String reason, String source, int partition, long offset, String... own) {
        Headers headers = new RecordHeaders();
        for (int i = 0; i < own.length; i += 2) {
            headers.add(own[i], own[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return DeadLetter.describe(headers, stage, new IllegalArgumentException(reason), source, partition, offset);
    }

    private static void send(String topic, long timestamp, String key, byte[] value, Headers headers) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServices.kafka().bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, 0, timestamp, key.getBytes(StandardCharsets.UTF_8), value,
                    headers)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }

    private static void send(String topic, String key, byte[] value, Headers headers) {
        send(topic, System.currentTimeMillis(), key, value, headers);
    }

    private static String twoDeadLetters() {
        String dlq = topic("dlq");
        send(dlq, "f1", RAW_VALUE, refused("enrich", "value is not a RawFile", "news.raw", 2, 7));
        send(dlq, "a1-0", "article".getBytes(StandardCharsets.UTF_8),
                refused("sink", "mapping refused field title", "news.articles", 0, 41));
        return dlq;
    }

    @Test
    void listsEveryDeadLetterWithStageOriginAndReasonThenACount() {
        String dlq = twoDeadLetters();

        List<String> lines = list("--topic", dlq);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("0@0 ").contains("enrich", "news.raw-2@7", "key=f1", "value is not a RawFile");
        assertThat(lines.get(1)).startsWith("0@1 ").contains("sink", "news.articles-0@41", "key=a1-0",
                "mapping refused field title");
        assertThat(lines.get(2)).startsWith("2 dead letters in " + dlq);
    }

    @Test
    void stageAndMaxSelect() {
        String dlq = twoDeadLetters();

        List<String> sink = list("--topic", dlq, "--stage", "sink");
        assertThat(sink).hasSize(2);
        assertThat(sink.get(0)).contains("sink", "a1-0").doesNotContain("enrich");
        assertThat(list("--topic", dlq, "--max", "1")).hasSize(2).first().asString().contains("enrich");
        Run unknown = dlq("--topic", dlq, "--stage", "ingest");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.text()).contains("--stage ingest", "enrich, sink");
    }

    @Test
    void sinceSkipsOlderDeadLetters() {
        String dlq = topic("since");
        send(dlq, Instant.parse("2026-11-30T23:59:59Z").toEpochMilli(), "old", RAW_VALUE,
                refused("enrich", "old", "news.raw", 0, 1));
        send(dlq, Instant.parse("2026-12-01T08:00:00Z").toEpochMilli(), "new", RAW_VALUE,
                refused("enrich", "new", "news.raw", 0, 2));

        assertThat(list("--topic", dlq, "--since", "2026-12-01")).hasSize(2).first().asString().contains("key=new");
        assertThat(list("--topic", dlq, "--since", "2026-12-01T08:00:01Z")).containsExactly(
                "0 dead letters in " + dlq + " since 2026-12-01T08:00:01Z");
    }

    @Test
    void jsonLinesParseAndCarryTheHeaders() throws Exception {
        String dlq = twoDeadLetters();

        List<String> lines = list("--topic", dlq, "--json");

        assertThat(lines).hasSize(3);
        JsonNode enrich = JSON.readTree(lines.get(0));
        assertThat(enrich.path("offset").asLong()).isZero();
        assertThat(enrich.path("stage").asText()).isEqualTo("enrich");
        assertThat(enrich.path("sourceTopic").asText()).isEqualTo("news.raw");
        assertThat(enrich.path("key").asText()).isEqualTo("f1");
        assertThat(enrich.path("valueBytes").asInt()).isEqualTo(RAW_VALUE.length);
        assertThat(enrich.path("headers").path(DeadLetter.REASON).asText()).isEqualTo("value is not a RawFile");
        assertThat(enrich.path("headers").path(DeadLetter.EXCEPTION).asText()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(enrich.path("headers").path(DeadLetter.SOURCE_OFFSET).asText()).isEqualTo("7");
        assertThat(JSON.readTree(lines.get(1)).path("headers").path(DeadLetter.STAGE).asText()).isEqualTo("sink");
    }

    @Test
    void replayPutsTheOriginalBytesBackOnTheSourceTopicWithoutTheErrorHeaders() {
        String source = topic("source");
        String dlq = topic("replay");
        send(dlq, "f1", RAW_VALUE, refused("enrich", "value is not a RawFile", source, 0, 3, "trace", "abc"));

        List<String> replayed = list("--topic", dlq, "--replay");

        assertThat(replayed).hasSize(2);
        assertThat(replayed.get(0)).contains(dlq + "-0@0", source + "-0@0");
        assertThat(replayed.get(1)).contains("1 dead letter replayed", "stay in " + dlq);
        ConsumerRecord<byte[], byte[]> back = readOne(source);
        assertThat(back.key()).isEqualTo("f1".getBytes(StandardCharsets.UTF_8));
        assertThat(back.value()).isEqualTo(RAW_VALUE);
        assertThat(StreamSupport.stream(back.headers().spliterator(), false).map(Header::key)).containsExactly("trace");
        assertThat(list("--topic", dlq)).hasSize(2); // still there: Kafka cannot delete it
    }

    @Test
    void replayRefusesADeadLetterWithoutASourceTopicAndSendsNothing() {
        String source = topic("untouched");
        String dlq = topic("nosource");
        send(dlq, "f1", RAW_VALUE, refused("enrich", "fine", source, 0, 3));
        Headers unknown = new RecordHeaders().add(DeadLetter.STAGE, "enrich".getBytes(StandardCharsets.UTF_8));
        send(dlq, "f2", RAW_VALUE, unknown);

        Run run = dlq("--topic", dlq, "--replay");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.text()).contains("Dead letter " + dlq + "-0@1", DeadLetter.SOURCE_TOPIC);
        assertThat(endOffset(source)).isZero();
    }

    @Test
    void controlCharactersInReasonAndKeyAreNotPrintedRaw() throws Exception {
        String dlq = topic("escape");
        String reason = "bad \u001b[31mred\u001b[0m \u009b2J";
        send(dlq, "k\u001b]0;x", RAW_VALUE, refused("sink", reason, "news.articles", 0, 1));

        String table = list("--topic", dlq).get(0);
        String json = list("--topic", dlq, "--json").get(0);

        assertThat(table).doesNotContain("\u001b", "\u009b").contains("bad ?[31mred?[0m ?2J", "key=k?]0;x");
        assertThat(json).doesNotContain("\u001b", "\u009b");
        assertThat(JSON.readTree(json).path("reason").asText()).isEqualTo(reason);
    }

    private static ConsumerRecord<byte[], byte[]> readOne(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();
            while (read.isEmpty()) {
                consumer.poll(Duration.ofMillis(500)).forEach(read::add);
            }
            assertThat(read).hasSize(1);
            return read.get(0);
        }
    }

    private static long endOffset(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            TopicPartition partition = new TopicPartition(topic, 0);
            return consumer.endOffsets(List.of(partition)).get(partition);
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServices.kafka().bootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
