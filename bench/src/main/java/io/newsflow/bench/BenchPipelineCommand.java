package io.newsflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsflow.cli.Endpoints;
import io.newsflow.cli.SavedPage;
import io.newsflow.cli.Settings;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.cli.Pipeline;
import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedOpenSearch;
import io.newsflow.embedded.EmbeddedSchemaRegistry;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.sink.SinkConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench pipeline [CORPUS_DIR]}: the whole embedded pipeline of {@code newsflow run}
 * measured from outside, as an operator would. Distinct copies of the corpus's files are dropped
 * into the inbox:
 * <ol>
 * <li>a warm-up (models loaded, JIT compiled), not counted;</li>
 * <li>throughput: {@code --files} at once; articles/s from the first drop until the store holds the
 *     last article, CPU-seconds per article by process and by stage, NER's share of all CPU;</li>
 * <li>latency: {@code --latency-files} dropped at {@code --rate} per second; drop-to-searchable
 *     p50/p95/p99, split into the stages a file goes through.</li>
 * </ol>
 * Writes a table, the same as {@code pipeline.json}, and {@code pipeline.png} (throughput and lag over time).
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Measure the whole embedded pipeline: sustained articles/s with files dropped at once, then",
                "drop-to-searchable latency by stage at a fixed arrival rate; CPU by process and stage, RSS, lag."})
final class BenchPipelineCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CORPUS_DIR", arity = "0..1",
            description = "Folder of .txt/.html news files to copy (default: the project's samples/seeds).")
    Path corpus;

    @Option(names = "--files", defaultValue = "400", description = "Files dropped at once for throughput (default: ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--rate", defaultValue = "2", description = "Files per second in the latency run (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--latency-files", defaultValue = "60", description = "Files dropped in the latency run (default: ${DEFAULT-VALUE}; 0 skips it).")
    int latencyFiles;

    @Option(names = "--warmup", defaultValue = "20", description = "Files dropped first and not counted (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-seconds", defaultValue = "150",
            description = "Keep warming up, 20 files at a time, at least this long: the JIT compiles CoreNLP, the broker"
                    + " and the clients for about two minutes of load, which a running service has long done"
                    + " (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "target/bench-pipeline",
            description = "Scratch folder for the services' data and the inbox; the report goes here too (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(names = "--opensearch-heap", defaultValue = "512m", description = "Most heap the embedded OpenSearch may take, as `run` gives it (default: ${DEFAULT-VALUE}).")
    String openSearchHeap;

    @Option(names = "--enrich-processes", defaultValue = "0",
            description = "Run enrich in this many separate processes sharing the work (`newsflow enrich`) instead of in"
                    + " the pipeline's JVM as `newsflow run` does (default: ${DEFAULT-VALUE}, in the pipeline's JVM).")
    int enrichProcesses;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE", description = "A setting of a stage, as `newsflow run -s` takes it.")
    Map<String, String> settings = new HashMap<>();

    private static final long SETTLE_TIMEOUT_MILLIS = 30 * 60 * 1000;
    private static final int WARMUP_BATCH = 20;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path source = corpus != null ? corpus : Path.of(System.getProperty("newsflow.home", ".")).resolve("samples/seeds");
        CorpusCopies copies = CorpusCopies.of(source);
        Path work = workDir.toAbsolutePath().resolve("run-" + System.currentTimeMillis());
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        out.printf("newsflow bench pipeline: %s (%d files), %d cores; services in %s%n", source, copies.size(),
                Runtime.getRuntime().availableProcessors(), work);
        out.flush();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("kafka"), 0);
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(work.resolve("registry"), 0);
             EmbeddedOpenSearch openSearch = EmbeddedOpenSearch.start(work.resolve("opensearch"), 0, openSearchHeap);
             Pipeline pipeline = new Pipeline(new Endpoints(kafka.bootstrapServers(), registry.url(), openSearch.httpUrl()),
                     inbox, work, settings, enrichProcesses == 0);
             EnrichProcesses enrichers = new EnrichProcesses(enrichProcesses, kafka.bootstrapServers(), registry.url(),
                     work, settings)) {
            pipeline.start();
            Map<String, Long> processes = new LinkedHashMap<>();
            processes.put(enrichProcesses == 0 ? "newsflow (broker + stages)" : "newsflow (broker, ingest, sink)",
                    ProcessHandle.current().pid());
            processes.putAll(enrichers.pids());
            processes.put("opensearch", openSearch.pid());
            processes.put("schema registry", registry.pid());
            ProcessMeter meter = new ProcessMeter(processes);
            Run run = new Run(pipeline, enrichers, copies, inbox);

            out.printf("Warm-up: %d files, at least %d s...%n", warmup, warmupSeconds);
            out.flush();
            long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
            run.dropAtOnce(warmup);
            run.settle();
            while (System.nanoTime() < warmupEnd) {
                run.dropAtOnce(WARMUP_BATCH);
                run.settle();
            }

            Map<String, Object> report = new LinkedHashMap<>();
            try (PipelineTimeline timeline = new PipelineTimeline(kafka.bootstrapServers(),
                    setting(EnrichConfig.APPLICATION_ID, EnrichConfig.definition()),
                    setting(EnrichConfig.RAW_TOPIC, EnrichConfig.definition()),
                    setting(SinkConfig.GROUP_ID, SinkConfig.definition()),
                    setting(SinkConfig.ARTICLES_TOPIC, SinkConfig.definition()), pipeline::indexed, meter)) {
                out.printf("Throughput: %d files dropped at once...%n", files);
                out.flush();
                report.put("throughput", throughput(run, meter, out));
                if (latencyFiles > 0) {
                    out.printf("Latency: %d files at %.1f per second...%n", latencyFiles, rate);
                    out.flush();
                    try (LatencyProbe probe = new LatencyProbe(kafka.bootstrapServers(), registry.url(),
                            setting(EnrichConfig.RAW_TOPIC, EnrichConfig.definition()),
                            setting(SinkConfig.ARTICLES_TOPIC, SinkConfig.definition()), openSearch.httpUrl(),
                            setting(SinkConfig.INDEX, SinkConfig.definition()))) {
                        report.put("latency", latency(run, probe, out));
                    }
                }
                report.put("memory", memory(meter, out));
                report.put("timeline", timeline.samples());
                Path png = workDir.toAbsolutePath().resolve("pipeline.png");
                timeline.plot(png.toFile(), "newsflow pipeline: " + files + " files at once, then " + latencyFiles
                        + " at " + rate + "/s");
                Path json = workDir.toAbsolutePath().resolve("pipeline.json");
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report);
                out.printf("%nWrote %s and %s%n", json, png);
            }
        }
        return 0;
    }

    private String setting(String key, org.apache.kafka.common.config.ConfigDef definition) {
        return Settings.valueOf(settings, key, definition);
    }

    /** The pipeline with its counters, and the files dropped into it so far with the articles they hold. */
    private static final class Run {
        final Pipeline pipeline;
        final EnrichProcesses enrichers;
        final CorpusCopies copies;
        final Path inbox;
        final ArticleExtractor extractor = new ArticleExtractor();
        final long indexedAtStart;
        int dropped;
        long expectedArticles;

        Run(Pipeline pipeline, EnrichProcesses enrichers, CorpusCopies copies, Path inbox) {
            this.pipeline = pipeline;
            this.enrichers = enrichers;
            this.copies = copies;
            this.inbox = inbox;
            this.indexedAtStart = counter("sink.indexed");
        }

        /** The pipeline's counters, and the recogniser's in the enrich processes when enrich runs in its own. */
        Map<String, Long> counters() throws IOException, InterruptedException {
            Map<String, Long> counters = new LinkedHashMap<>(pipeline.counters());
            counters.putAll(enrichers.counters());
            return counters;
        }

        long counter(String name) {
            return pipeline.counters().getOrDefault(name, 0L);
        }

        /** The next {@code count} copies, with the articles each holds counted (before any clock starts). */
        List<CorpusCopies.Copy> next(int count) throws IOException {
            List<CorpusCopies.Copy> next = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                CorpusCopies.Copy copy = copies.copy(dropped + i);
                SavedPage page = SavedPage.of(copy.name(), copy.bytes());
                expectedArticles += extractor.extract(page.name(), page.mediaType(), page.text()).size();
                next.add(copy);
            }
            return next;
        }

        void drop(CorpusCopies.Copy copy) {
            CorpusCopies.drop(copy, inbox);
            dropped++;
        }

        void dropAtOnce(int count) throws IOException {
            next(count).forEach(this::drop);
        }

        /** True once every dropped file was published or refused and the store holds every article they hold. */
        boolean settled() {
            long handled = counter("ingest.files.published") + counter("ingest.files.refused");
            return handled >= dropped
                    && counter("sink.indexed") + counter("sink.dead.lettered") - indexedAtStart >= expectedArticles;
        }

        void settle() throws InterruptedException {
            long deadline = System.currentTimeMillis() + SETTLE_TIMEOUT_MILLIS;
            while (!settled()) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("The pipeline did not settle within 30 minutes: " + pipeline.counters());
                }
                Thread.sleep(20);
            }
        }
    }

    private Map<String, Object> throughput(Run run, ProcessMeter meter, PrintWriter out)
            throws InterruptedException, IOException {
        Map<String, Long> processCpu = meter.processCpu();
        Map<String, Long> stageCpu = meter.stageCpu();
        Map<String, Long> counters = run.counters();
        long articlesBefore = run.expectedArticles;
        List<CorpusCopies.Copy> batch = run.next(files);
        long articles = run.expectedArticles - articlesBefore;
        long indexedBefore = run.counter("sink.indexed");
        long start = System.nanoTime();
        batch.forEach(run::drop);
        double dropSeconds = (System.nanoTime() - start) / 1e9;
        // the share of the articles indexed, sampled, for the sustained rate between 10% and 90%
        List<double[]> progress = new ArrayList<>();
        while (!run.settled()) {
            progress.add(new double[] {(System.nanoTime() - start) / 1e9, run.counter("sink.indexed") - indexedBefore});
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.add(new double[] {seconds, run.counter("sink.indexed") - indexedBefore});
        Map<String, Long> delta = new LinkedHashMap<>();
        run.counters().forEach((name, value) -> delta.put(name, value - counters.getOrDefault(name, 0L)));
        double sustained = sustainedRate(progress, articles);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("files", files);
        result.put("articles", articles);
        result.put("seconds", seconds);
        result.put("dropSeconds", dropSeconds);
        result.put("articlesPerSecond", articles / seconds);
        result.put("sustainedArticlesPerSecond", sustained);
        out.printf("%n%,d files, %,d articles in %.1f s (dropping them took %.1f s)%n", files, articles, seconds,
                dropSeconds);
        out.printf("  %.1f articles/s overall, %s sustained (10%%-90%% of the articles), %.1f files/s%n",
                articles / seconds, Double.isNaN(sustained) ? "too few for a" : String.format("%.1f", sustained),
                files / seconds);
        if (delta.containsKey("enrich.tokens")) {
            result.put("tokensPerSecond", delta.get("enrich.tokens") / seconds);
            out.printf("  %,.0f tokens/s through the entity recogniser%n", delta.get("enrich.tokens") / seconds);
        }

        Map<String, Double> perProcess = perArticle(meter.processCpu(), processCpu, articles);
        Map<String, Double> perStage = perArticle(meter.stageCpu(), stageCpu, articles);
        double all = perProcess.values().stream().mapToDouble(Double::doubleValue).sum();
        result.put("cpuSecondsPerArticleByProcess", perProcess);
        result.put("cpuSecondsPerArticleByStage", perStage);
        result.put("coresBusy", all * articles / seconds);
        double ner = delta.getOrDefault("enrich.ner.cpu.millis", -1L) / 1000.0 / Math.max(1, articles);
        if (ner >= 0) {
            if (enrichProcesses == 0) {
                perStage.put("  of which NER (in enrich)", ner);
            }
            result.put("nerCpuSecondsPerArticle", ner);
            result.put("nerShareOfAllCpu", ner / all);
        }
        out.printf("%nCPU-seconds per article             cpu-s   share%n");
        perProcess.forEach((name, cpu) -> out.printf("  %-32s %6.3f  %5.1f%%%n", name, cpu, 100 * cpu / all));
        if (ner >= 0 && enrichProcesses > 0) {
            out.printf("  %-32s %6.3f  %5.1f%%%n", "  of which NER (enrich processes)", ner, 100 * ner / all);
        }
        out.printf("  %-32s %6.3f  (%.2f of %d cores busy)%n", "all processes", all, all * articles / seconds,
                Runtime.getRuntime().availableProcessors());
        out.printf("  by stage, in the newsflow JVM:%n");
        perStage.forEach((name, cpu) -> out.printf("  %-32s %6.3f  %5.1f%%%n", name, cpu, 100 * cpu / all));
        if (ner >= 0) {
            out.printf("  NER takes %.0f%% of all CPU%n", 100 * ner / all);
        }
        out.flush();
        return result;
    }

    /** Articles/s between the moments 10% and 90% of the phase's articles were indexed (ramp-up and tail left out). */
    private static double sustainedRate(List<double[]> progress, long articles) {
        double from = Double.NaN;
        double to = Double.NaN;
        for (double[] point : progress) {
            if (Double.isNaN(from) && point[1] >= 0.1 * articles) {
                from = point[0];
            }
            if (Double.isNaN(to) && point[1] >= 0.9 * articles) {
                to = point[0];
            }
        }
        return Double.isNaN(from) || Double.isNaN(to) || to <= from ? Double.NaN : 0.8 * articles / (to - from);
    }

    private static Map<String, Double> perArticle(Map<String, Long> after, Map<String, Long> before, long articles) {
        Map<String, Double> perArticle = new LinkedHashMap<>();
        after.forEach((name, nanos) -> perArticle.put(name,
                (nanos - before.getOrDefault(name, 0L)) / 1e9 / Math.max(1, articles)));
        return perArticle;
    }

    private Map<String, Object> latency(Run run, LatencyProbe probe, PrintWriter out)
            throws InterruptedException, IOException {
        long intervalNanos = (long) (1e9 / rate);
        List<CorpusCopies.Copy> batch = run.next(latencyFiles);
        long start = System.nanoTime();
        for (int i = 0; i < latencyFiles; i++) {
            long due = start + i * intervalNanos;
            while (System.nanoTime() < due) {
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000), 0);
            }
            probe.expect(batch.get(i).rawId(), System.currentTimeMillis());
            run.drop(batch.get(i));
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (probe.waiting() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        List<LatencyProbe.Arrival> arrived = probe.arrived();
        Map<String, List<Long>> byStage = new LinkedHashMap<>();
        for (LatencyProbe.Arrival arrival : arrived) {
            arrival.stages().forEach((stage, millis) -> byStage.computeIfAbsent(stage, s -> new ArrayList<>()).add(millis));
            byStage.computeIfAbsent("drop to searchable", s -> new ArrayList<>()).add(arrival.total());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("files", latencyFiles);
        result.put("ratePerSecond", rate);
        result.put("searchable", arrived.size());
        out.printf("%nDrop to searchable at %.1f files/s: %d of %d files followed%n", rate, arrived.size(), latencyFiles);
        out.printf("  %-20s %7s %7s %7s  (ms)%n", "stage", "p50", "p95", "p99");
        Map<String, Map<String, Long>> percentiles = new LinkedHashMap<>();
        byStage.forEach((stage, millis) -> {
            millis.sort(null);
            Map<String, Long> p = new LinkedHashMap<>();
            p.put("p50", percentile(millis, 0.50));
            p.put("p95", percentile(millis, 0.95));
            p.put("p99", percentile(millis, 0.99));
            percentiles.put(stage, p);
            out.printf("  %-20s %7d %7d %7d%n", stage, p.get("p50"), p.get("p95"), p.get("p99"));
        });
        result.put("millis", percentiles);
        out.flush();
        return result;
    }

    private static long percentile(List<Long> sorted, double fraction) {
        return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(fraction * sorted.size()) - 1));
    }

    private static Map<String, Object> memory(ProcessMeter meter, PrintWriter out) {
        Map<String, Object> result = new LinkedHashMap<>();
        out.printf("%nResident memory                   now MB   peak MB%n");
        long total = 0;
        for (Map.Entry<String, long[]> process : meter.memory().entrySet()) {
            long[] rss = process.getValue();
            out.printf("  %-30s %7d   %7d%n", process.getKey(), rss[0] >> 20, rss[1] >> 20);
            result.put(process.getKey(), Map.of("rssBytes", rss[0], "peakRssBytes", rss[1]));
            total += rss[1];
        }
        out.printf("  %-30s %7s   %7d%n", "all (sum of peaks)", "", total >> 20);
        out.flush();
        return result;
    }
}
