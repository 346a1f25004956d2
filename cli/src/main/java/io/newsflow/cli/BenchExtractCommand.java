package io.newsflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractedArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.dankito.readability4j.Readability4J;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench extract BENCH_DIR}: runs the extractor over the article-extraction
 * benchmark as HTML (aeb/html/ID.html.gz) and as plain text (aeb-text/ID.txt), writes one
 * prediction per page ({"articleBody": ...}, the layout aeb_eval.py reads), and prints the
 * benchmark's own scores and the pages extracted per CPU-second (and per second) on one thread,
 * in the median of several timed passes.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Score the article extractor on the article-extraction benchmark (HTML and plain text)"
                + " and time it on one thread."})
final class BenchExtractCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BENCH_DIR", description = "Benchmark folder holding aeb/ and aeb-text/.")
    Path bench;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench-extract",
            description = "Where predictions go, one folder per suite (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--warmup", defaultValue = "15",
            description = "Untimed passes first, at least this many (default: ${DEFAULT-VALUE}) and for at least"
                    + " --warmup-seconds, so the JIT has compiled the extractor.")
    int warmup;

    /**
     * A pass over the text dumps takes a tenth of a second: the JIT's last compilations come after
     * some sixty of them, and timing sooner measured the text extractor at two thirds of its speed.
     */
    @Option(names = "--warmup-seconds", defaultValue = "20",
            description = "Least time the untimed passes take, per extractor (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--rounds", defaultValue = "11",
            description = "Timed passes; the median one is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--readability4j", description = "Also run readability4j on the HTML pages, for comparison.")
    boolean readability4j;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Shorter titles agree by accident ("News", "Opinion"). */
    private static final int MIN_TITLE_CHARS = 10;

    /** An extractor under test: page id and page in, article body out. */
    private interface Extractor extends BiFunction<String, SavedPage, String> {
    }

    private PrintWriter console;
    private Map<String, String> truth;

    @Override
    public Integer call() throws IOException {
        Path truthFile = bench.resolve("aeb").resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            throw new IllegalArgumentException("No benchmark in " + bench + ": " + truthFile + " is missing.");
        }
        JsonNode groundTruth = new ObjectMapper().readTree(truthFile.toFile());
        truth = new LinkedHashMap<>();
        groundTruth.fields().forEachRemaining(e -> truth.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        console = spec.commandLine().getOut();
        console.printf("%-22s %5s %6s %6s %6s %6s %11s %8s %8s%n", "suite", "pages", "F1", "P", "R", "acc", "pages/cpu-s",
                "best", "pages/s");

        ArticleExtractor extractor = new ArticleExtractor();
        Extractor newsflow = (id, page) -> extractor.extract(page.name(), page.mediaType(), page.text()).stream()
                .map(ExtractedArticle::body).collect(Collectors.joining("\n\n"));
        // readability4j resolves links against the page's address, which the ground truth keeps
        Extractor baseline = (id, page) -> new Readability4J(groundTruth.path(id).path("url").asText(""),
                page.text()).parse().getTextContent();
        Map<String, SavedPage> html = pages(bench.resolve("aeb").resolve("html"), ".html.gz", "text/html");
        Map<String, SavedPage> text = pages(bench.resolve("aeb-text"), ".txt", "text/plain");
        ShingleScore htmlScore = score("aeb", html, newsflow);
        ShingleScore textScore = score("aeb-text", text, newsflow);

        List<Speed> htmlSpeeds = speeds(html, readability4j ? List.of(newsflow, baseline) : List.of(newsflow));
        printRow("aeb", htmlScore, htmlSpeeds.get(0));
        List<Speed> textSpeeds = speeds(text, List.of(newsflow, BenchExtractCommand::bareTokens));
        printRow("aeb-text", textScore, textSpeeds.get(0));
        console.printf("a bare pass over the same dumps in the same rounds (lines split, \\w+ words counted): %.0f"
                + " pages/cpu-s; newsflow's text extraction takes %.1f times as long%n", textSpeeds.get(1).perCpuSecond(),
                textSpeeds.get(1).perCpuSecond() / textSpeeds.get(0).perCpuSecond());
        printMetadataAgreement(extractor, html, text);
        if (readability4j) {
            printRow("aeb (readability4j)", score("aeb (readability4j)", html, baseline), htmlSpeeds.get(1));
            console.printf("newsflow extracts HTML pages %.1f times as fast as readability4j (CPU time, same rounds)%n",
                    htmlSpeeds.get(0).perCpuSecond() / htmlSpeeds.get(1).perCpuSecond());
        }
        console.printf("predictions in %s/<suite>; a page missing from a suite counts as empty output%n", out);
        console.flush();
        return 0;
    }

    /**
     * The least a line-based extractor does, as a yardstick for the text suite's speed on the
     * machine at hand: the dump split into lines and each line into the benchmark's \\w+ tokens.
     */
    private static String bareTokens(String id, SavedPage page) {
        int tokens = 0;
        for (String line : page.text().split("\n")) {
            for (Matcher m = WORD.matcher(line); m.find(); ) {
                tokens++;
            }
        }
        return Integer.toString(tokens);
    }

    /** Extracts, writes and scores every page of a suite. */
    private ShingleScore score(String suite, Map<String, SavedPage> pages, Extractor extractor) throws IOException {
        Path predictions = Files.createDirectories(out.resolve(suite.replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("-+$", "")));
        ObjectMapper mapper = new ObjectMapper();
        Map<String, String> predicted = new LinkedHashMap<>();
        for (Map.Entry<String, SavedPage> page : pages.entrySet()) {
            String body = extractor.apply(page.getKey(), page.getValue());
            predicted.put(page.getKey(), body);
            mapper.writeValue(predictions.resolve(page.getKey() + ".json").toFile(), Map.of("articleBody", body));
        }
        return ShingleScore.of(truth, predicted);
    }

    private void printRow(String suite, ShingleScore score, Speed speed) {
        console.printf("%-22s %5d %6.3f %6.3f %6.3f %6.3f %11.0f %8.0f %8.0f%n", suite, score.pages(), score.f1(),
                score.precision(), score.recall(), score.accuracy(), speed.perCpuSecond(), speed.bestPerCpuSecond(),
                speed.perSecond());
        console.flush();
    }

    /** The suite's pages, read and decoded up front so the timing sees extraction only. */
    private Map<String, SavedPage> pages(Path folder, String suffix, String mediaType) throws IOException {
        Map<String, SavedPage> pages = new LinkedHashMap<>();
        for (String id : truth.keySet()) {
            Path file = folder.resolve(id + suffix);
            if (Files.isRegularFile(file)) {
                SavedPage page = SavedPage.read(file);
                pages.put(id, new SavedPage(page.name(), mediaType, page.text()));
            }
        }
        return pages;
    }

    /**
     * The benchmark scores bodies only. For titles, bylines and dates of text dumps, the nearest
     * reference is what the same page's HTML declares (og:title, author and date meta, JSON-LD),
     * which the HTML extractor reads: count the pages where the text dump gives the same.
     */
    private void printMetadataAgreement(ArticleExtractor extractor, Map<String, SavedPage> html,
            Map<String, SavedPage> text) {
        int[] titles = new int[2];
        int[] bylines = new int[2];
        int[] dates = new int[2];
        for (Map.Entry<String, SavedPage> page : text.entrySet()) {
            SavedPage htmlPage = html.get(page.getKey());
            List<ExtractedArticle> fromHtml = htmlPage == null ? List.of()
                    : extractor.extract(htmlPage.name(), htmlPage.mediaType(), htmlPage.text());
            List<ExtractedArticle> fromText = extractor.extract(page.getValue().name(), "text/plain", page.getValue().text());
            if (fromHtml.isEmpty() || fromText.isEmpty()) {
                continue;
            }
            ExtractedArticle declared = fromHtml.get(0);
            ExtractedArticle found = fromText.get(0);
            count(titles, declared.title(), sameTitle(declared.title(), found.title()));
            count(bylines, declared.bylines().isEmpty() ? null : declared.bylines(),
                    new HashSet<>(declared.bylines()).equals(new HashSet<>(found.bylines())));
            count(dates, declared.published(), declared.published() != null && sameDay(declared.published(), found.published()));
        }
        console.printf("aeb-text metadata, pages agreeing with what the HTML page declares: title %d/%d, bylines %d/%d,"
                + " date %d/%d%n", titles[0], titles[1], bylines[0], bylines[1], dates[0], dates[1]);
    }

    /**
     * Whether a date found in a text dump agrees with the declared time: a written day (UTC
     * midnight, no time given) if the declared time falls on that day in some time zone, UTC-12
     * to UTC+14; a written time if within a day (pages show when they were updated, too).
     */
    private static boolean sameDay(Instant declared, Instant found) {
        if (found == null) {
            return false;
        }
        if (found.equals(found.truncatedTo(ChronoUnit.DAYS))) {
            return !declared.isBefore(found.minus(Duration.ofHours(14))) && declared.isBefore(found.plus(Duration.ofHours(36)));
        }
        return Duration.between(declared, found).abs().compareTo(Duration.ofDays(1)) <= 0;
    }

    private static void count(int[] tally, Object declared, boolean agrees) {
        if (declared != null) {
            tally[1]++;
            tally[0] += agrees ? 1 : 0;
        }
    }

    /** The same headline, give or take a site name ("Title | Site") and punctuation. */
    private static boolean sameTitle(String declared, String found) {
        String a = comparable(declared);
        String b = comparable(found);
        return Math.min(a.length(), b.length()) > MIN_TITLE_CHARS && (a.contains(b) || b.contains(a));
    }

    private static String comparable(String title) {
        return title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Per extractor, pages per second of the timing thread's CPU time, and of wall-clock time, in
     * its median round: the targets are for one core, and on a shared machine the CPU time does not
     * count the time other processes took the core away, while the median leaves out the rounds
     * that shared its caches with a busy neighbour. The extractors take turns within each round,
     * so that their ratios compare them on the machine as it was at the time: its speed drifts by
     * half from one minute to the next.
     */
    private List<Speed> speeds(Map<String, SavedPage> pages, List<Extractor> extractors) {
        for (Extractor extractor : extractors) {
            long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
            for (int i = 0; i < warmup || System.nanoTime() < warmupEnd; i++) {
                pages.forEach(extractor::apply);
            }
        }
        double[][] perCpuSecond = new double[extractors.size()][rounds];
        double[][] perSecond = new double[extractors.size()][rounds];
        for (int i = 0; i < rounds; i++) {
            for (int e = 0; e < extractors.size(); e++) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                pages.forEach(extractors.get(e)::apply);
                perCpuSecond[e][i] = pages.size() / ((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
                perSecond[e][i] = pages.size() / ((System.nanoTime() - wallStart) / 1e9);
            }
        }
        List<Speed> speeds = new ArrayList<>();
        for (int e = 0; e < extractors.size(); e++) {
            speeds.add(new Speed(median(perCpuSecond[e]), Arrays.stream(perCpuSecond[e]).max().orElse(0),
                    median(perSecond[e])));
        }
        return speeds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /**
     * The medians, and the fastest round's pages per CPU-second: a neighbour only ever slows a round
     * down, so the fastest is the nearest to the extractor on a core of its own.
     */
    private record Speed(double perCpuSecond, double bestPerCpuSecond, double perSecond) {
    }
}
