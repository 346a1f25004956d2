package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.embedded.TestServices;
import io.newsflow.embedded.TestTopics;
import io.newsflow.schemas.RawFile;
import io.newsflow.schemas.Samples;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's wire format checked against Confluent's own client code: Debian's
 * python3-confluent-kafka (confluent_kafka.avro) reads what the Java serde wrote and the Java
 * serde reads what it wrote, through the same broker and registry. Needs
 * {@code apt-get install python3-confluent-kafka python3-avro python3-requests} (.ci/run does it);
 * skipped without them on a developer machine, never on CI.
 */
class ConfluentPythonCrossCheckTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final String SCRIPT = "src/test/python/confluent_crosscheck.py";

    private final String registryUrl = TestServices.registry().url();
    private final String bootstrap = TestServices.kafka().bootstrapServers();

    @BeforeAll
    static void confluentClientInstalled() throws Exception {
        boolean installed = run(List.of(PYTHON, "-c", "import confluent_kafka.avro")).exitCode == 0;
        if (!installed && System.getenv("CI") != null) {
            throw new AssertionError("confluent_kafka.avro is missing on CI: "
                    + "apt-get install python3-confluent-kafka python3-avro python3-requests");
        }
        Assumptions.assumeTrue(installed, "Confluent's Python client is not installed");
    }

    @Test
    void confluentsClientReadsWhatTheJavaSerdeWrote() throws Exception {
        String topic = "crosscheck-java-to-python";
        RawFile sent = Samples.rawFile("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        AvroSerializer<RawFile> serializer = new AvroSerializer<>();
        serializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl), false);
        try (KafkaProducer<String, RawFile> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), serializer)) {
            // no key: Confluent's AvroConsumer would try to read a plain string key as Avro
            producer.send(new ProducerRecord<>(topic, null, sent)).get();
        }

        Result result = run(List.of(PYTHON, SCRIPT, "consume", bootstrap, registryUrl, topic));
        assertThat(result.exitCode).as(result.output).isZero();
        JsonNode value = new ObjectMapper().readTree(result.output.lines().reduce((a, b) -> b).orElseThrow()).get("value");
        assertThat(value.get("id").asText()).isEqualTo(sent.getId());
        assertThat(value.get("fileName").asText()).isEqualTo(sent.getFileName());
        assertThat(value.get("sizeBytes").asLong()).isEqualTo(sent.getSizeBytes());
        assertThat(value.get("modifiedTime").asLong()).isEqualTo(sent.getModifiedTime().toEpochMilli());
        assertThat(value.get("charset").asText()).isEqualTo("UTF-8");
        assertThat(value.get("compression").isNull()).isTrue();
        assertThat(Base64.getDecoder().decode(value.get("content").asText())).isEqualTo(sent.getContent().array());
    }

    @Test
    void theJavaSerdeReadsWhatConfluentsClientWrote() throws Exception {
        String topic = "crosscheck-python-to-java";
        String id = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
        Result result = run(List.of(PYTHON, SCRIPT, "produce", bootstrap, registryUrl, topic,
                "src/main/avro/RawFile.avsc", id));
        assertThat(result.exitCode).as(result.output).isZero();

        AvroDeserializer<RawFile> deserializer = new AvroDeserializer<>(RawFile.class);
        deserializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl), false);
        List<ConsumerRecord<String, RawFile>> records =
                TestTopics.read(bootstrap, topic, deserializer, 1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        RawFile read = records.get(0).value();
        assertThat(read.getId()).isEqualTo(id);
        assertThat(read.getFileName()).isEqualTo("written by python.txt");
        assertThat(read.getModifiedTime()).isEqualTo(Instant.parse("2017-12-08T12:00:00Z"));
        assertThat(read.getCompression()).isNull();
        assertThat(StandardCharsets.UTF_8.decode(read.getContent()).toString()).isEqualTo("Raqqa news\n");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out: " + command);
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
