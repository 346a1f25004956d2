package io.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.embedded.TestServices;
import io.newsflow.ingest.InboxWatcher;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.sink.ArticleSearch;
import io.newsflow.sink.SearchStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code newsflow enrich} and {@code newsflow sink}, each a process of its own against one
 * broker, registry and OpenSearch node, killed with kill -9 at random moments of a drop and
 * started again: the store ends with exactly the articles a fault-free run gives.
 */
class KillStagesTest {
    private static final int FILES = Integer.getInteger("newsflow.faults.files", 100);

    @Test
    @Tag("faults")
    @Timeout(600)
    void enrichAndSinkKilledTwiceEachEndWithEveryArticleOnceAndIntact() throws Exception {
        List<SeedCopies.Copy> copies = SeedCopies.first(FILES);
        ArticleLedger ledger = ArticleLedger.of(copies);
        OwnNames names = new OwnNames("stages-" + Long.toHexString(System.nanoTime()));
        String bootstrap = TestServices.kafka().bootstrapServers();
        String registry = TestServices.registry().url();
        String openSearch = TestServices.openSearch().httpUrl();
        Path root = TestServices.freshDir("kill-stages");
        Path inbox = root.resolve("inbox");
        List<String> connection = List.of("--bootstrap-servers", bootstrap, "--schema-registry", registry);
        List<String> enrich = new ArrayList<>(List.of("enrich", "--data-dir", root.resolve("enrich").toString(),
                "-s", "num.stream.threads=2"));
        enrich.addAll(connection);
        enrich.addAll(names.enrichOptions());
        List<String> sink = new ArrayList<>(List.of("sink", "--opensearch", openSearch));
        sink.addAll(connection);
        sink.addAll(names.sinkOptions());

        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("KillStagesTest: random seed " + seed + ", logs in " + root);
        double[] killAt = random.doubles(4, 0.05, 0.6).sorted().toArray();
        ArticleSearch store = new ArticleSearch(SearchStore.connect(openSearch, null, null), names.index());

        Map<String, Object> ingestSettings = new HashMap<>(names.settings());
        ingestSettings.keySet().retainAll(List.of("topic.raw"));
        ingestSettings.put(IngestConfig.BOOTSTRAP_SERVERS, bootstrap);
        ingestSettings.put(IngestConfig.SCHEMA_REGISTRY_URL, registry);
        ingestSettings.put(IngestConfig.INBOX_DIR, inbox.toString());
        SeedCopies.drop(copies, inbox);
        NewsflowProcess[] stages = {
                NewsflowProcess.start(root.resolve("enrich.log"), "768m", enrich),
                NewsflowProcess.start(root.resolve("sink.log"), "256m", sink)};
        List<String> kills = new ArrayList<>();
        try (InboxWatcher ingest = InboxWatcher.create(new IngestConfig(ingestSettings))) {
            ingest.start();
            for (int k = 0; k < killAt.length; k++) {
                int which = k % 2;
                NewsflowProcess stage = stages[which];
                long articles = Math.round(ledger.size() * killAt[k]);
                await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(100))
                        .ignoreExceptions().until(() -> store.count() >= articles || !stage.isAlive());
                Thread.sleep(random.nextInt(1000));
                assertThat(stage.isAlive()).as("alive until killed:%n%s", stage.tail()).isTrue();
                kills.add((which == 0 ? "enrich" : "sink") + " at " + store.count());
                stage.killHard();
                stages[which] = NewsflowProcess.start(root.resolve(which == 0 ? "enrich.log" : "sink.log"),
                        which == 0 ? "768m" : "256m", which == 0 ? enrich : sink);
            }
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> ledger.tally(openSearch, names.index()).exact()
                            || Arrays.stream(stages).anyMatch(stage -> !stage.isAlive()));
            ledger.report("kill -9 of `newsflow enrich` and of `newsflow sink` (separate processes), twice each ("
                    + String.join(", ", kills) + " articles indexed), restarted", ledger.tally(openSearch, names.index()));
        } finally {
            for (NewsflowProcess stage : stages) {
                stage.close();
            }
        }
    }
}
