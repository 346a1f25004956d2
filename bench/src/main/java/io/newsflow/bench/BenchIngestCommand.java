package io.newsflow.bench;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedSchemaRegistry;
import io.newsflow.ingest.InboxWatcher;
import io.newsflow.ingest.IngestConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench ingest}: ingest throughput (files/s, MB/s) for drops of many small and
 * a few large files, side by side with Kafka's own ProducerPerformance sending the same number
 * and size of records to the same broker in the same run (acks=all, idempotent, zstd, as ingest).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Measure ingest files/s and MB/s against Kafka's ProducerPerformance on the same broker.")
final class BenchIngestCommand implements Callable<Integer> {
    private static final Pattern PRODUCER_PERFORMANCE = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\)");
    private static final String[] WORDS = ("the of and to in a is that for on with as was by it said at from his an be"
            + " has are have but were not this who they had been which their after its or will about more one two"
            + " government forces Syria Raqqa convoy fighters officials security president minister city report"
            + " October Tuesday agreement coalition militants Turkey border weapons control").split(" ");

    private static final String PAYLOAD_DELIMITER = "@@@@";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--drop", paramLabel = "COUNTxSIZE", split = ",", defaultValue = "10000x5120,100x2097152",
            description = "Drops to measure, files x bytes (default: ${DEFAULT-VALUE}).")
    List<String> drops;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "target/bench-ingest",
            description = "Scratch folder for the inboxes and the embedded broker (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = workDir.toAbsolutePath();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("kafka-" + System.nanoTime()), 0);
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(work.resolve("registry-" + System.nanoTime()), 0)) {
            out.printf("%-14s %10s %10s %10s %12s %12s %8s%n", "drop", "files", "ingest/s", "ingest MB/s",
                    "kafka rec/s", "kafka MB/s", "ratio");
            for (String drop : drops) {
                String[] parts = drop.toLowerCase().split("x");
                int files = Integer.parseInt(parts[0]);
                int size = Integer.parseInt(parts[1]);
                double[] ingest = measureIngest(kafka, registry, work, files, size);
                double[] producer = measureProducerPerformance(kafka, work, files, size);
                out.printf("%-14s %10d %10.0f %10.2f %12.0f %12.2f %8.2f%n", drop, files, ingest[0], ingest[1],
                        producer[0], producer[1], ingest[1] / producer[1]);
                out.flush();
            }
        }
        return 0;
    }

    /** Files/s and MB/s from the watcher's start until every file was acknowledged and moved. */
    private static double[] measureIngest(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry, Path work, int files,
                                          int size) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox-" + files + "x" + size + "-" + System.nanoTime()));
        SplittableRandom random = new SplittableRandom(files * 31L + size);
        for (int i = 0; i < files; i++) {
            Files.write(inbox.resolve("article-" + i + ".txt"), newsLikeText(random, size));
        }
        IngestConfig config = new IngestConfig(Map.of(
                IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                IngestConfig.SCHEMA_REGISTRY_URL, registry.url(),
                IngestConfig.INBOX_DIR, inbox.toString(),
                IngestConfig.RAW_TOPIC, "bench-raw-" + files + "x" + size,
                IngestConfig.STABLE_INTERVAL_MS, "0",
                IngestConfig.POLL_INTERVAL_MS, "50"));
        try (InboxWatcher watcher = InboxWatcher.create(config)) {
            long start = System.nanoTime();
            watcher.start();
            while (watcher.stats().published() + watcher.stats().refused() < files) {
                Thread.sleep(5);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new double[] {files / seconds, watcher.stats().bytesPublished() / 1048576.0 / seconds};
        }
    }

    /** Records/s and MB/s that Kafka's own ProducerPerformance reaches, in a JVM of its own like a separate producer. */
    private static double[] measureProducerPerformance(EmbeddedKafka kafka, Path work, int records, int size)
            throws Exception {
        // the same kind of text as the dropped files, so both sides compress alike
        SplittableRandom random = new SplittableRandom(records * 17L + size);
        StringBuilder payloads = new StringBuilder();
        for (int i = 0; i < Math.min(records, 50); i++) {
            payloads.append(i == 0 ? "" : PAYLOAD_DELIMITER)
                    .append(new String(newsLikeText(random, size), StandardCharsets.UTF_8));
        }
        Path payloadFile = Files.writeString(work.resolve("payloads-" + records + "x" + size + ".txt"), payloads);
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.apache.kafka.tools.ProducerPerformance",
                "--topic", "bench-producer-" + records + "x" + size + "-" + System.nanoTime(),
                "--num-records", Integer.toString(records), "--payload-file", payloadFile.toString(),
                "--payload-delimiter", PAYLOAD_DELIMITER,
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + kafka.bootstrapServers(),
                "acks=all", "enable.idempotence=true", "compression.type=zstd", "linger.ms=5",
                "max.request.size=" + (size + 1024 * 1024)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher summary = null;
        for (Matcher m = PRODUCER_PERFORMANCE.matcher(output); m.find(); ) {
            summary = m;
            if (Long.parseLong(m.group(1)) == records) {
                break;
            }
        }
        if (summary == null) {
            throw new IOException("ProducerPerformance printed no summary:\n" + output);
        }
        return new double[] {Double.parseDouble(summary.group(2)), Double.parseDouble(summary.group(3))};
    }

    /** Text of roughly {@code size} bytes with news-like words, so compression behaves as on real files. */
    private static byte[] newsLikeText(SplittableRandom random, int size) {
        StringBuilder text = new StringBuilder(size + 16);
        while (text.length() < size) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
        }
        text.setLength(size);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
