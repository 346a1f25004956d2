package io.newsflow.bench;

import io.newsflow.cli.NewsFiles;
import io.newsflow.cli.SavedPage;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractedArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.stream.Stream;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench extract BENCH_DIR}: runs the extractor over every suite it finds in
 * BENCH_DIR, HTML ({@code SUITE/html/ID.html.gz} beside {@code SUITE/ground-truth.json}) and plain
 * text ({@code SUITE-text/ID.txt}, scored against {@code SUITE/ground-truth.json}), with readability4j
 * on the same HTML pages; writes one prediction per page ({"articleBody", "title", "byline",
 * "published"}, the layout aeb_eval.py and meta_eval.py read) and prints body F1 with the
 * benchmark's own metric, title, byline and date accuracy as meta_eval.py defines them, and the
 * pages extracted per CPU-second (and per second) on one thread over aeb and aeb-text, in the
 * median of several timed passes.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Score the article extractor on every benchmark suite in BENCH_DIR (HTML and plain text),"
                + " beside readability4j, and time it on one thread."})
final class BenchExtractCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BENCH_DIR", description = "Benchmark folder holding the suites (aeb/, aeb-text/, gn1/,"
            + " mozilla/, dates/ ...): SUITE/ground-truth.json with SUITE/html/ID.html.gz, or SUITE-text/ID.txt.")
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

    @Option(names = "--score-only", description = "Score the suites and skip the timed passes.")
    boolean scoreOnly;

    /** The suite whose pages are timed, as HTML and as text dumps. */
    private static final String TIMED_SUITE = "aeb";
    private static final String TEXT_SUFFIX = "-text";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Shorter titles agree by accident ("News", "Opinion"). */
    private static final int MIN_TITLE_CHARS = 10;

    /** An extractor under test: page id and page in, the article found out. */
    private interface Extractor extends BiFunction<String, SavedPage, Found> {
    }

    /** What an extractor found on a page: body and metadata, as the predictions hold them. */
    private record Found(String body, String title, List<String> bylines, String published) {
    }

    /** A suite's truth by page id, and its pages, read and decoded up front so the timing sees extraction only. */
    private record Suite(String name, Map<String, JsonNode> truth, Map<String, SavedPage> pages) {

        boolean html() {
            return !name.endsWith(TEXT_SUFFIX);
        }

        Map<String, String> bodies() {
            Map<String, String> bodies = new LinkedHashMap<>();
            truth.forEach((id, t) -> {
                if (t.has("articleBody")) {
                    bodies.put(id, t.path("articleBody").asText(""));
                }
            });
            return bodies;
        }
    }

    private PrintWriter console;
    /** Each suite's scores after a run, by row name ("mozilla", "mozilla (readability4j)"). */
    final Map<String, Scores> results = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        List<Suite> suites = suites();
        if (suites.isEmpty()) {
            throw new IllegalArgumentException("No benchmark suite in " + bench + ": expected SUITE/ground-truth.json"
                    + " with SUITE/html/ID.html.gz or SUITE-text/ID.txt, as in ../shared/bench.");
        }
        console = spec.commandLine().getOut();
        console.printf("%-24s %5s %6s %6s %6s %6s %6s %6s%n", "suite", "pages", "F1", "P", "R", "title", "byline",
                "date");
        ArticleExtractor extractor = new ArticleExtractor();
        Extractor newsflow = (id, page) -> {
            List<ExtractedArticle> articles = extractor.extract(page.name(), page.mediaType(), page.text());
            ExtractedArticle first = articles.isEmpty() ? null : articles.get(0);
            return new Found(articles.stream().map(ExtractedArticle::body).collect(Collectors.joining("\n\n")),
                    first == null ? null : first.title(), first == null ? List.of() : first.bylines(),
                    first == null || first.published() == null ? null : first.published().toString());
        };
        for (Suite suite : suites) {
            printRow(suite.name(), suite, score(suite.name(), suite, newsflow));
            if (suite.html()) {
                printRow(suite.name() + " (readability4j)", suite,
                        score(suite.name() + "-readability4j", suite, readability4j(suite)));
            }
        }
        console.println("title, byline, date: meta_eval.py's accuracy (a dash where the suite's truth has none);"
                + " readability4j finds no dates");
        Suite html = suites.stream().filter(s -> s.name().equals(TIMED_SUITE)).findFirst().orElse(null);
        Suite text = suites.stream().filter(s -> s.name().equals(TIMED_SUITE + TEXT_SUFFIX)).findFirst().orElse(null);
        if (html != null) {
            printMetadataAgreement(extractor, html.pages(), text == null ? Map.of() : text.pages());
        }
        if (!scoreOnly) {
            printSpeeds(html, text, newsflow);
        }
        console.printf("predictions in %s/<suite>; a page missing from a suite counts as empty output%n", out);
        console.flush();
        return 0;
    }

    /** readability4j on a suite's HTML pages; a page it fails on scores empty. */
    private static Extractor readability4j(Suite suite) {
        return (id, page) -> {
            try {
                // it resolves links against the page's address, which some suites do not keep
                Article a = new Readability4J(suite.truth().get(id).path("url").asText("http://localhost/"), page.text())
                        .parse();
                return new Found(a.getTextContent(), a.getTitle(),
                        a.getByline() == null ? List.of() : List.of(a.getByline()), null);
            } catch (RuntimeException e) {
                // "topCandidate.parent() must not be null" and the like, on some pages
                return new Found("", null, List.of(), null);
            }
        };
    }

    private void printSpeeds(Suite html, Suite text, Extractor newsflow) {
        console.printf("%nspeed, one thread, median of %d rounds%n%-24s %11s %8s %8s%n", rounds, "suite", "pages/cpu-s",
                "best", "pages/s");
        if (html != null) {
            List<Speed> htmlSpeeds = speeds(html.pages(), List.of(newsflow, readability4j(html)));
            printSpeed(TIMED_SUITE, htmlSpeeds.get(0));
            printSpeed(TIMED_SUITE + " (readability4j)", htmlSpeeds.get(1));
            console.printf("newsflow extracts HTML pages %.1f times as fast as readability4j (CPU time, same rounds)%n",
                    htmlSpeeds.get(0).perCpuSecond() / htmlSpeeds.get(1).perCpuSecond());
        }
        if (text != null) {
            List<Speed> textSpeeds = speeds(text.pages(), List.of(newsflow, BenchExtractCommand::bareTokens));
            printSpeed(text.name(), textSpeeds.get(0));
            console.printf("a bare pass over the same dumps in the same rounds (lines split, \\w+ words counted): %.0f"
                    + " pages/cpu-s; newsflow's text extraction takes %.1f times as long%n",
                    textSpeeds.get(1).perCpuSecond(), textSpeeds.get(1).perCpuSecond() / textSpeeds.get(0).perCpuSecond());
        }
    }

    /** Every suite in the bench folder, HTML suites each followed by their text dumps, in name order. */
    private List<Suite> suites() throws IOException {
        List<Suite> suites = new ArrayList<>();
        List<Path> truthFiles;
        try (Stream<Path> folders = Files.list(bench)) {
            truthFiles = folders.map(f -> f.resolve("ground-truth.json")).filter(Files::isRegularFile).sorted().toList();
        }
        for (Path truthFile : truthFiles) {
            String name = truthFile.getParent().getFileName().toString();
            Map<String, JsonNode> truth = new LinkedHashMap<>();
            // dates/ gives NaN for pages without a publication day
            JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build().readTree(truthFile.toFile())
                    .fields().forEachRemaining(e -> truth.put(e.getKey(), e.getValue()));
            Path html = truthFile.resolveSibling("html");
            if (Files.isDirectory(html)) {
                suites.add(new Suite(name, truth, pages(truth, html, ".html.gz", "text/html")));
            }
            Path text = bench.resolve(name + TEXT_SUFFIX);
            if (Files.isDirectory(text)) {
                suites.add(new Suite(name + TEXT_SUFFIX, truth, pages(truth, text, ".txt", "text/plain")));
            }
        }
        return suites;
    }

    /**
     * The least a line-based extractor does, as a yardstick for the text suite's speed on the
     * machine at hand: the dump split into lines and each line into the benchmark's \\w+ tokens.
     */
    private static Found bareTokens(String id, SavedPage page) {
        int tokens = 0;
        for (String line : page.text().split("\n")) {
            for (Matcher m = WORD.matcher(line); m.find(); ) {
                tokens++;
            }
        }
        return new Found(Integer.toString(tokens), null, List.of(), null);
    }

    /** The body and metadata scores of one extractor on one suite; body null when the suite's truth has none. */
    record Scores(ShingleScore body, MetadataScore metadata) {
    }

    /** Extracts, writes and scores every page of a suite. */
    private Scores score(String folder, Suite suite, Extractor extractor) throws IOException {
        Path predictions = Files.createDirectories(out.resolve(folder));
        ObjectMapper mapper = new ObjectMapper();
        Map<String, String> bodies = new LinkedHashMap<>();
        MetadataScore metadata = new MetadataScore();
        for (Map.Entry<String, JsonNode> truth : suite.truth().entrySet()) {
            SavedPage page = suite.pages().get(truth.getKey());
            Found found = page == null ? new Found("", null, List.of(), null) : extractor.apply(truth.getKey(), page);
            bodies.put(truth.getKey(), found.body());
            metadata.add(truth.getValue(), new MetadataScore.Prediction(found.title(), found.bylines(), found.published()));
            Map<String, Object> prediction = new LinkedHashMap<>();
            prediction.put("articleBody", found.body());
            prediction.put("title", found.title());
            prediction.put("byline", found.bylines());
            prediction.put("published", found.published());
            mapper.writeValue(predictions.resolve(truth.getKey() + ".json").toFile(), prediction);
        }
        Map<String, String> truthBodies = suite.bodies();
        return new Scores(truthBodies.isEmpty() ? null : ShingleScore.of(truthBodies, bodies), metadata);
    }

    private void printRow(String name, Suite suite, Scores scores) {
        results.put(name, scores);
        ShingleScore body = scores.body();
        console.printf("%-24s %5d %s %s %s %s %s %s%n", name, suite.truth().size(),
                MetadataScore.cell(body == null ? Double.NaN : body.f1()),
                MetadataScore.cell(body == null ? Double.NaN : body.precision()),
                MetadataScore.cell(body == null ? Double.NaN : body.recall()),
                MetadataScore.cell(scores.metadata().title()), MetadataScore.cell(scores.metadata().byline()),
                MetadataScore.cell(scores.metadata().published()));
        console.flush();
    }

    private void printSpeed(String name, Speed speed) {
        console.printf("%-24s %11.0f %8.0f %8.0f%n", name, speed.perCpuSecond(), speed.bestPerCpuSecond(),
                speed.perSecond());
        console.flush();
    }

    private static Map<String, SavedPage> pages(Map<String, JsonNode> truth, Path folder, String suffix,
            String mediaType) throws IOException {
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
            count(dates, declared.published(), declared.published() != null && found.published() != null
                    && declared.published().day().equals(found.published().day()));
        }
        console.printf("aeb-text metadata, pages agreeing with what the HTML page declares: title %d/%d, bylines %d/%d,"
                + " date %d/%d%n", titles[0], titles[1], bylines[0], bylines[1], dates[0], dates[1]);
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
