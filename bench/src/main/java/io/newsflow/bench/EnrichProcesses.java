package io.newsflow.bench;

import io.newsflow.cli.MetricsPage;
import io.newsflow.embedded.Ports;
import io.newsflow.enrich.EnrichConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Enrich instances as separate processes, each started as an operator would start one:
 * {@code newsflow enrich} against the same services, with the same application id, so they
 * share the raw topic's partitions, and with the JVM options {@code ./newsflow} gives. Each gets one
 * stream thread per core divided among them (at least one), unless {@code num.stream.threads} is set.
 * Each serves its metrics page on a port of its own, where the bench reads the recogniser's counters.
 * Logs go to {@code enrich-N.log}.
 */
final class EnrichProcesses implements AutoCloseable {
    private static final String TOKENS = "newsflow_enrich_tokens_total";
    private static final String NER_SECONDS = "newsflow_enrich_ner_cpu_seconds_total";

    private final List<Process> processes = new ArrayList<>();
    private final List<URI> metricsPages = new ArrayList<>();

    EnrichProcesses(int count, String bootstrap, String registry, Path work, Map<String, String> settings)
            throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / Math.max(1, count));
        for (int i = 1; i <= count; i++) {
            int metricsPort = Ports.claim("enrich " + i, "--metrics-port", 0);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(javaOptions());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.newsflow.cli.Newsflow", "enrich",
                    "--bootstrap-servers", bootstrap, "--schema-registry", registry,
                    "--data-dir", Files.createDirectories(work.resolve("enrich-" + i)).toString(),
                    "--metrics-port", Integer.toString(metricsPort)));
            metricsPages.add(URI.create("http://127.0.0.1:" + metricsPort + "/metrics"));
            Map<String, String> own = new LinkedHashMap<>(settings);
            own.putIfAbsent(EnrichConfig.STREAM_THREADS, Integer.toString(threads));
            own.forEach((key, value) -> command.addAll(List.of("-s", key + "=" + value)));
            Path log = work.resolve("enrich-" + i + ".log");
            processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
        }
    }

    /** The JVM options {@code ./newsflow} gives every command, so each instance starts as {@code ./newsflow enrich} would. */
    private static List<String> javaOptions() {
        String options = System.getenv().getOrDefault("NEWSFLOW_JAVA_OPTS", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /**
     * The recogniser's counters summed over the instances, read from their metrics pages under the names the
     * pipeline's own counters have: {@code enrich.tokens} and {@code enrich.ner.cpu.millis}. Empty without instances.
     */
    Map<String, Long> counters() throws IOException, InterruptedException {
        Map<String, Long> counters = new LinkedHashMap<>();
        for (URI page : metricsPages) {
            Map<String, String> samples = MetricsPage.read(page);
            if (samples.containsKey(TOKENS)) {
                counters.merge("enrich.tokens", (long) Double.parseDouble(samples.get(TOKENS)), Long::sum);
            }
            if (samples.containsKey(NER_SECONDS)) {
                counters.merge("enrich.ner.cpu.millis", Math.round(Double.parseDouble(samples.get(NER_SECONDS)) * 1000),
                        Long::sum);
            }
        }
        return counters;
    }

    /** The processes by name, for the meter. */
    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (int i = 0; i < processes.size(); i++) {
            pids.put("enrich " + (i + 1), processes.get(i).pid());
        }
        return pids;
    }

    /** Stops each as Ctrl-C would (they finish and commit what they hold), then kills what did not stop. */
    @Override
    public void close() throws InterruptedException {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
