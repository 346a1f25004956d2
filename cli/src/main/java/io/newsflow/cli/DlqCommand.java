package io.newsflow.cli;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.schemas.topics.NewsTopics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow dlq}: what the stages refused, and a way to send it back once the cause is fixed.
 * Reads without a consumer group (partitions assigned, nothing committed), so listing moves no one's offsets.
 */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = {"List the dead letters (records a stage could not process) from the oldest, or from --since,",
                "up to the topic's current end, then exit: one line each with its partition@offset, time, stage,",
                "origin (source topic-partition@offset), key and reason; --json for one JSON object per line.",
                "--replay publishes each selected one again to its source topic, same key and value bytes, without",
                "the newsflow.error.*/newsflow.source.* headers, so the stage processes it again (the same key gives",
                "the same article id, so nothing is indexed twice). Replaying does not remove anything from the",
                "dead-letter topic (Kafka cannot delete single records): use --since to skip what was replayed before."})
final class DlqCommand implements Callable<Integer> {
    private static final List<String> STAGES = List.of("enrich", "sink");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--topic", paramLabel = "TOPIC",
            description = "Dead-letter topic (default: the stages' topic.dlq, as -s sets it, else " + NewsTopics.DLQ + ").")
    String topic;

    @Option(names = "--since", paramLabel = "TIME",
            description = "Only dead letters written at or after TIME: an instant (2026-12-01T08:00:00Z) or a day (2026-12-01, from 00:00 UTC).")
    String since;

    @Option(names = "--stage", paramLabel = "STAGE", description = "Only those refused by STAGE: enrich or sink.")
    String stage;

    @Option(names = "--max", paramLabel = "N", description = "At most N dead letters.")
    Long max;

    @Option(names = "--json", description = "One JSON object per line instead of a table.")
    boolean json;

    @Option(names = "--replay", description = "Publish the selected dead letters again to their source topics.")
    boolean replay;

    @Override
    public Integer call() throws Exception {
        CommandLine cmd = spec.commandLine();
        if (topic == null) {
            topic = Settings.valueOf(connection.settings(), EnrichConfig.DLQ_TOPIC, EnrichConfig.definition());
        }
        Instant from = since == null ? null : instant(cmd, since);
        if (stage != null && !STAGES.contains(stage)) {
            throw new ParameterException(cmd, "--stage " + stage + " is not a stage that writes dead letters; give one of " + STAGES + ".");
        }
        if (max != null && max < 1) {
            throw new ParameterException(cmd, "--max must be at least 1.");
        }
        List<DeadLetterRecord> selected = read(cmd, from);
        PrintWriter out = cmd.getOut();
        if (replay) {
            replay(cmd, selected, out);
        } else {
            selected.forEach(dead -> out.println(json ? dead.jsonLine() : dead.tableLine()));
            out.println(selected.size() + " dead letter" + (selected.size() == 1 ? "" : "s") + " in " + topic
                    + (from == null ? "" : " since " + from) + (stage == null ? "" : " from stage " + stage));
        }
        out.flush();
        return 0;
    }

    /** The selected dead letters from {@code from} (or the beginning) up to the end the topic has now. */
    private List<DeadLetterRecord> read(CommandLine cmd, Instant from) {
        List<DeadLetterRecord> selected = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(connection.kafkaClient(cmd, Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-dlq")), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                throw new ParameterException(cmd, "Topic '" + topic + "' does not exist on "
                        + connection.bootstrapServers(cmd) + " (`newsflow topics` lists them; --topic names another).");
            }
            consumer.assign(partitions);
            // read_committed: the end is the last stable offset, so an open transaction does not keep us waiting
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            seekToStart(consumer, partitions, from, ends);
            while (!reachedEnd(consumer, ends) && (max == null || selected.size() < max)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    DeadLetterRecord dead = new DeadLetterRecord(record);
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))
                            && (stage == null || stage.equals(dead.stage()))
                            && (max == null || selected.size() < max)) {
                        selected.add(dead);
                    }
                }
            }
        }
        return selected;
    }

    private static void seekToStart(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions, Instant from,
                                    Map<TopicPartition, Long> ends) {
        if (from == null) {
            consumer.seekToBeginning(partitions);
            return;
        }
        Map<TopicPartition, Long> times = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> from.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = new HashMap<>(consumer.offsetsForTimes(times));
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp first = found.get(partition); // null: nothing that recent in this partition
            consumer.seek(partition, first == null ? ends.get(partition) : first.offset());
        }
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** All or nothing as far as the headers go: a dead letter of unknown origin stops the replay before anything is sent. */
    private void replay(CommandLine cmd, List<DeadLetterRecord> selected, PrintWriter out) throws Exception {
        List<ProducerRecord<byte[], byte[]>> originals = selected.stream().map(DeadLetterRecord::replay).toList();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(connection.kafkaClient(cmd, Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "newsflow-dlq-replay")), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < originals.size(); i++) {
                DeadLetterRecord dead = selected.get(i);
                RecordMetadata sent;
                try {
                    sent = producer.send(originals.get(i)).get();
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot replay dead letter " + dead.position() + " to "
                            + originals.get(i).topic() + " (the " + i + " before it were replayed; running the replay"
                            + " again is safe, the same keys index nothing twice): " + e.getMessage(), e);
                }
                out.println("replayed " + dead.position() + " -> " + sent.topic() + "-" + sent.partition() + "@" + sent.offset());
            }
        }
        out.println(originals.size() + " dead letter" + (originals.size() == 1 ? "" : "s") + " replayed; they stay in "
                + topic + " as well.");
    }

    private static Instant instant(CommandLine cmd, String text) {
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new ParameterException(cmd, "--since " + text + " is neither an instant (2026-12-01T08:00:00Z) nor a day (2026-12-01).");
        }
    }
}
