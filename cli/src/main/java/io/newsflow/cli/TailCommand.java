package io.newsflow.cli;

import io.newsflow.schemas.serde.AvroSerdeConfig;
import io.newsflow.schemas.serde.SchemaRegistryClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow tail TOPIC}: kcat for newsflow's Avro topics. Reads without a consumer group
 * (partitions assigned, nothing committed), so tailing never moves any stage's offsets.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Print the records of a topic, one JSON object per line: topic, partition, offset, timestamp,",
                "key, headers and value (Avro decoded through the schema registry; text on topics without a value",
                "schema; on news.dlq only the value's length as valueBytes, the reason is in the newsflow.error.* headers).",
                "Bytes fields (news.raw's content) show their size and first " + AvroJson.BYTES_SHOWN + " characters only.",
                "A record that cannot be decoded prints one line with an \"error\", and tail goes on.",
                "Without options: follows new records until Ctrl-C. Aborted transactions never show."})
final class TailCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "TOPIC", description = "Topic to read, e.g. news.articles (`newsflow topics` lists them).")
    String topic;

    @Option(names = "--from-beginning", description = "Read from the oldest record instead of only new ones.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    Long max;

    @Option(names = "--partition", paramLabel = "P", description = "Read only partition P.")
    Integer partition;

    @Option(names = "--offset", paramLabel = "O", description = "With --partition: start at offset O.")
    Long offset;

    @Override
    public Integer call() throws Exception {
        CommandLine cmd = spec.commandLine();
        if (offset != null && (partition == null || fromBeginning)) {
            throw new ParameterException(cmd, "--offset needs --partition, and does not go with --from-beginning.");
        }
        String registryUrl = connection.schemaRegistry(cmd);
        String userInfo = connection.settings().get(AvroSerdeConfig.BASIC_AUTH_USER_INFO);
        SchemaRegistryClient registry = new SchemaRegistryClient(registryUrl, userInfo);
        RecordJson json = new RecordJson(registry, t -> registry.latest(t + "-value").isPresent());
        PrintWriter out = cmd.getOut();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(connection.kafkaClient(cmd, Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-tail")), new ByteArrayDeserializer(), new ByteArrayDeserializer());
             StopSignal stop = new StopSignal()) {
            start(consumer, cmd);
            long printed = 0;
            while (!stop.await(0) && (max == null || printed < max)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    out.println(json.line(record));
                    if (max != null && ++printed >= max) {
                        break;
                    }
                }
                out.flush();
            }
        }
        return 0;
    }

    private void start(KafkaConsumer<byte[], byte[]> consumer, CommandLine cmd) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .filter(p -> partition == null || p.partition() == partition)
                .toList();
        if (partitions.isEmpty()) {
            throw new ParameterException(cmd, partition == null
                    ? "Topic '" + topic + "' does not exist on " + connection.bootstrapServers(cmd) + " (`newsflow topics` lists them)."
                    : "Topic '" + topic + "' has no partition " + partition + " (`newsflow topics` shows how many it has).");
        }
        consumer.assign(partitions);
        if (offset != null) {
            TopicPartition only = partitions.get(0);
            long first = consumer.beginningOffsets(partitions).get(only);
            long end = consumer.endOffsets(partitions).get(only);
            if (offset < first || offset > end) {
                throw new ParameterException(cmd, "Partition " + only + " holds offsets " + first + " to " + end
                        + " (the end, where new records go); --offset " + offset + " is outside them.");
            }
            consumer.seek(only, offset);
        } else if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        partitions.forEach(consumer::position); // fix the start now, not at the first poll
    }
}
