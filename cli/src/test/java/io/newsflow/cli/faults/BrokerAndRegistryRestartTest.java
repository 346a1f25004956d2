package io.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.cli.Endpoints;
import io.newsflow.cli.Pipeline;
import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedSchemaRegistry;
import io.newsflow.embedded.TestServices;
import io.newsflow.sink.ArticleSearch;
import io.newsflow.sink.SearchStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pipeline's own schema registry down while files are dropped, then back on the same data
 * and port; later its broker stopped at a random moment and started again on the same log
 * folder and port after half a minute: the pipeline carries on by itself, and the store ends with exactly the
 * articles a fault-free run gives.
 */
class BrokerAndRegistryRestartTest {
    private static final int FILES = Integer.getInteger("newsflow.faults.files", 100);

    @Test
    @Timeout(600)
    void aRegistryOutageAndABrokerRestartMidRunEndWithEveryArticleOnceAndIntact() throws Exception {
        List<SeedCopies.Copy> copies = SeedCopies.first(FILES);
        ArticleLedger ledger = ArticleLedger.of(copies);
        OwnNames names = new OwnNames("restarts-" + Long.toHexString(System.nanoTime()));
        Path root = TestServices.freshDir("restarts");
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("BrokerAndRegistryRestartTest: random seed " + seed + ", data in " + root);
        String openSearch = TestServices.openSearch().httpUrl();
        ArticleSearch store = new ArticleSearch(SearchStore.connect(openSearch, null, null), names.index());

        EmbeddedKafka kafka = EmbeddedKafka.start(root.resolve("kafka"), 0);
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(root.resolve("registry"), 0);
        Map<String, String> settings = new HashMap<>(names.settings());
        Pipeline pipeline = new Pipeline(new Endpoints(kafka.bootstrapServers(), registry.url(), openSearch), inbox,
                root.resolve("data"), settings);
        try {
            pipeline.start();
            registry.close();
            SeedCopies.drop(copies, inbox);
            Thread.sleep(5_000 + random.nextInt(5_000));
            assertThat(inboxFiles(inbox.resolve("failed"))).as("files refused while the registry was down").isEmpty();
            int doneWhileDown = inboxFiles(inbox.resolve("done")).size();
            registry = EmbeddedSchemaRegistry.start(root.resolve("registry"), registry.port());

            long articles = Math.round(ledger.size() * (0.2 + 0.5 * random.nextDouble()));
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                    .until(() -> store.count() >= articles);
            Thread.sleep(random.nextInt(1000));
            long indexedAtStop = store.count();
            kafka.close();
            // unreachable for half a minute: longer than the clients' request timeouts, shorter than a transaction's
            long downMillis = 30_000 + random.nextInt(5_000);
            Thread.sleep(downMillis);
            kafka = EmbeddedKafka.start(root.resolve("kafka"), kafka.port());

            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> ledger.tally(openSearch, names.index()).exact());
            assertThat(inboxFiles(inbox.resolve("failed"))).as("refused files").isEmpty();
            ledger.report(String.format("schema registry down for the drop (%d of %d files moved to done/ meanwhile),"
                            + " then the broker stopped for %.1f s at %d articles indexed and restarted on the same data",
                    doneWhileDown, FILES, downMillis / 1000.0, indexedAtStop), ledger.tally(openSearch, names.index()));
        } finally {
            pipeline.close();
            kafka.close();
            registry.close();
        }
    }

    private static List<Path> inboxFiles(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
