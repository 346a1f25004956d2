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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Scale-out on one real broker: two {@code newsflow enrich} and two {@code newsflow sink}
 * processes share the partitions of their topics; one of each is killed with kill -9, its
 * partitions move to the other, and the store ends with every article exactly once.
 */
class ScaleOutTest {
    private static final int FILES = Integer.getInteger("newsflow.faults.files", 100);

    @Test
    @Tag("faults")
    @Timeout(600)
    void twoEnrichAndTwoSinkProcessesShareThePartitionsAndTheSurvivorsTakeOverAKilledOnesShare() throws Exception {
        List<SeedCopies.Copy> copies = SeedCopies.first(FILES);
        ArticleLedger ledger = ArticleLedger.of(copies);
        OwnNames names = new OwnNames("scale-" + Long.toHexString(System.nanoTime()));
        String bootstrap = TestServices.kafka().bootstrapServers();
        String registry = TestServices.registry().url();
        String openSearch = TestServices.openSearch().httpUrl();
        Path root = TestServices.freshDir("scale-out");
        Path inbox = root.resolve("inbox");
        List<String> connection = List.of("--bootstrap-servers", bootstrap, "--schema-registry", registry,
                "--metrics-port", "0");
        List<String> sink = new ArrayList<>(List.of("sink", "--opensearch", openSearch));
        sink.addAll(connection);
        sink.addAll(names.sinkOptions());
        String rawTopic = names.settings().get("topic.raw");
        String articlesTopic = names.settings().get("topic.articles");
        String enrichGroup = names.settings().get("application.id");
        String sinkGroup = names.settings().get("group.id");

        List<NewsflowProcess> enrich = new ArrayList<>();
        List<NewsflowProcess> sinks = new ArrayList<>();
        ArticleSearch store = new ArticleSearch(SearchStore.connect(openSearch, null, null), names.index());
        Map<String, Object> ingestSettings = new HashMap<>(Map.of(IngestConfig.BOOTSTRAP_SERVERS, bootstrap,
                IngestConfig.SCHEMA_REGISTRY_URL, registry, IngestConfig.INBOX_DIR, inbox.toString(),
                "topic.raw", rawTopic));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (int i = 0; i < 2; i++) {
                // each instance keeps its state in a folder of its own, as on two machines
                List<String> instance = new ArrayList<>(List.of("enrich", "--data-dir", root.resolve("enrich-" + i).toString(),
                        "-s", "num.stream.threads=1"));
                instance.addAll(connection);
                instance.addAll(names.enrichOptions());
                enrich.add(NewsflowProcess.start(root.resolve("enrich-" + i + ".log"), "768m", instance));
                sinks.add(NewsflowProcess.start(root.resolve("sink-" + i + ".log"), "256m", sink));
            }
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> shares(admin, enrichGroup, rawTopic).size() == 2
                            && shares(admin, sinkGroup, articlesTopic).size() == 2);
            List<Set<Integer>> enrichShares = shares(admin, enrichGroup, rawTopic);
            List<Set<Integer>> sinkShares = shares(admin, sinkGroup, articlesTopic);
            assertThat(enrichShares).allSatisfy(share -> assertThat(share).isNotEmpty());
            assertThat(sinkShares).allSatisfy(share -> assertThat(share).isNotEmpty());

            SeedCopies.drop(copies, inbox);
            try (InboxWatcher ingest = InboxWatcher.create(new IngestConfig(ingestSettings))) {
                ingest.start();
                await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                        .until(() -> store.count() >= ledger.size() / 3);
                String progress = store.count() + " of " + ledger.size();
                enrich.get(0).killHard();
                sinks.get(0).killHard();

                // once the broker gives up on the killed members, the survivors hold every partition
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                        .until(() -> shares(admin, enrichGroup, rawTopic).equals(List.of(all(admin, rawTopic)))
                                && shares(admin, sinkGroup, articlesTopic).equals(List.of(all(admin, articlesTopic))));
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
                        .until(() -> ledger.tally(openSearch, names.index()).exact()
                                || !enrich.get(1).isAlive() || !sinks.get(1).isAlive());
                ledger.report("two enrich and two sink processes sharing the partitions (enrich " + enrichShares
                        + ", sink " + sinkShares + " of " + rawTopic + " and " + articlesTopic + "); one of each killed"
                        + " with kill -9 at " + progress + " articles indexed, the survivors took over",
                        ledger.tally(openSearch, names.index()));
            }
        } finally {
            for (NewsflowProcess process : enrich) {
                process.close();
            }
            for (NewsflowProcess process : sinks) {
                process.close();
            }
        }
    }

    /** The partitions of {@code topic} each member of {@code group} holds, members with none left out. */
    private static List<Set<Integer>> shares(Admin admin, String group, String topic) throws Exception {
        List<Set<Integer>> shares = new ArrayList<>();
        for (MemberDescription member : admin.describeConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS)
                .get(group).members()) {
            Set<Integer> partitions = new TreeSet<>();
            member.assignment().topicPartitions().stream().filter(p -> p.topic().equals(topic))
                    .forEach(p -> partitions.add(p.partition()));
            if (!partitions.isEmpty()) {
                shares.add(partitions);
            }
        }
        return shares;
    }

    private static Set<Integer> all(Admin admin, String topic) throws Exception {
        Set<Integer> partitions = new TreeSet<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(p -> partitions.add(p.partition()));
        return partitions;
    }
}
