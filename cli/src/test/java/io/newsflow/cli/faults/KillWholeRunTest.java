package io.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.embedded.TestServices;
import io.newsflow.sink.ArticleSearch;
import io.newsflow.sink.SearchStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole {@code newsflow run} (broker in its JVM, registry and OpenSearch as its children)
 * killed with kill -9 twice at random moments of a drop of a few hundred files, then started
 * again on the same data folder and inbox until it is done: the killed run leaves no service
 * behind, and the store holds exactly the articles a fault-free run gives.
 */
class KillWholeRunTest {
    private static final int FILES = Integer.getInteger("newsflow.faults.files", 100);

    @Test
    @Tag("faults")
    @Timeout(900)
    void aRunKilledTwiceMidDropLeavesNoOrphansAndEndsWithEveryArticleOnceAndIntact() throws Exception {
        List<SeedCopies.Copy> copies = SeedCopies.first(FILES);
        ArticleLedger ledger = ArticleLedger.of(copies);
        Path root = TestServices.freshDir("kill-run");
        Path inbox = root.resolve("inbox");
        Path data = root.resolve("data");
        Path log = root.resolve("run.log");
        SeedCopies.drop(copies, inbox);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("KillWholeRunTest: random seed " + seed + ", log " + log);
        List<String> run = List.of("run", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--http-port", "0",
                "--progress-interval", "1");

        // the first kill while ingest moves the drop to done/, the second while articles are being enriched and indexed
        double[] killAt = {random.nextDouble(), 0.2 + 0.5 * random.nextDouble()};
        List<String> kills = new ArrayList<>();
        long indexedAtKill = 0;
        for (int k = 0; k < killAt.length; k++) {
            Files.deleteIfExists(data.resolve("endpoints.properties"));
            NewsflowProcess newsflow = NewsflowProcess.start(log, "1g", run);
            try {
                if (k == 0) {
                    // the whole drop is published in one go and moved within a fraction of a second: watch closely
                    long files = 1 + Math.round(FILES / 4.0 * killAt[k]);
                    await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(2))
                            .until(() -> done(inbox) >= files || !newsflow.isAlive());
                } else {
                    ArticleSearch store = new ArticleSearch(SearchStore.connect(awaitRunning(newsflow, data), null, null),
                            "news-articles");
                    assertSearchableAtOnce(store, indexedAtKill);
                    long articles = Math.round(ledger.size() * killAt[k]);
                    await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                            .ignoreExceptions().until(() -> store.count() >= articles || !newsflow.isAlive());
                    Thread.sleep(random.nextInt(1500));
                    indexedAtKill = store.count();
                }
                assertThat(newsflow.isAlive()).as("run alive until killed:%n%s", newsflow.tail()).isTrue();
                List<ProcessHandle> children = newsflow.killHard();
                kills.add(done(inbox) + " files done, " + indexedAtKill + " articles indexed");
                assertThat(children).as("the run's registry and OpenSearch").hasSizeGreaterThanOrEqualTo(2);
                await().atMost(Duration.ofSeconds(60))
                        .untilAsserted(() -> assertThat(children).as("orphans of the killed run").noneMatch(ProcessHandle::isAlive));
            } finally {
                // a failed check must not leave a run (and its services) behind; after kill -9 this does nothing
                newsflow.close();
            }
        }

        Files.deleteIfExists(data.resolve("endpoints.properties"));
        try (NewsflowProcess newsflow = NewsflowProcess.start(log, "1g", run)) {
            String openSearch = awaitRunning(newsflow, data);
            assertSearchableAtOnce(new ArticleSearch(SearchStore.connect(openSearch, null, null), "news-articles"),
                    indexedAtKill);
            await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> ledger.tally(openSearch, "news-articles").exact() || !newsflow.isAlive());
            assertThat(inboxFiles(inbox)).as("files left in the inbox").isEmpty();
            assertThat(Files.exists(inbox.resolve("failed")) ? inboxFiles(inbox.resolve("failed")) : List.of())
                    .as("refused files").isEmpty();
            assertThat(done(inbox)).isEqualTo(FILES);
            ledger.report("kill -9 of the whole `newsflow run`, twice (at " + String.join("; then at ", kills)
                    + "), restarted on the same data", ledger.tally(openSearch, "news-articles"));
        }
    }

    /** A restarted run says it is running only once its store answers with what it held before (a new index may still be starting). */
    private static void assertSearchableAtOnce(ArticleSearch store, long indexedAtKill) throws IOException {
        if (indexedAtKill > 0) {
            assertThat(store.count()).as("articles searchable as the run says it is running").isGreaterThanOrEqualTo(indexedAtKill);
        }
    }

    /** Waits for the run's "is running" line; returns its OpenSearch URL, from the endpoints file it writes. */
    private static String awaitRunning(NewsflowProcess newsflow, Path data) {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200))
                .until(() -> newsflow.said("newsflow is running") || !newsflow.isAlive());
        assertThat(newsflow.isAlive()).as("newsflow run started:%n%s", newsflow.tail()).isTrue();
        Properties endpoints = new Properties();
        try (var in = Files.newBufferedReader(data.resolve("endpoints.properties"), StandardCharsets.UTF_8)) {
            endpoints.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return endpoints.getProperty("opensearch.url");
    }

    private static long done(Path inbox) throws IOException {
        Path done = inbox.resolve("done");
        return Files.isDirectory(done) ? inboxFiles(done).size() : 0;
    }

    /** The folder's files, but for ingest's lock file. */
    private static List<Path> inboxFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith(".")).toList();
        }
    }
}
