package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.embedded.TestServices;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.serde.SchemaRegistryClient;
import io.newsflow.schemas.topics.NewsTopics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code newsflow topics} on a real broker and registry. */
class TopicsCommandTest {
    private static String topics(String... args) {
        StringWriter out = new StringWriter();
        var cmd = Newsflow.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(out));
        String[] all = new String[args.length + 5];
        all[0] = "topics";
        all[1] = "--bootstrap-servers";
        all[2] = TestServices.kafka().bootstrapServers();
        all[3] = "--schema-registry";
        all[4] = TestServices.registry().url();
        System.arraycopy(args, 0, all, 5, args.length);
        assertThat(cmd.execute(all)).as(out::toString).isZero();
        return out.toString();
    }

    @Test
    void listsPartitionsEndOffsetsCleanupPolicyRetentionAndValueSchema() {
        String bootstrap = TestServices.kafka().bootstrapServers();
        String articles = TopicRecords.freshTopic("listed-articles");
        NewsTopics.ensure(bootstrap, List.of(articles), 3, Map.of("retention.ms", "86400000"));
        TopicRecords.send(articles, 0, "a", TopicRecords.article("a", "one"), TopicRecords.avro());
        TopicRecords.send(articles, 2, "b", TopicRecords.article("b", "two"), TopicRecords.avro());
        String aliases = TopicRecords.freshTopic("listed-aliases");
        NewsTopics.ensure(bootstrap, List.of(aliases), 1, Map.of("cleanup.policy", "compact"));
        TopicRecords.send(aliases, 0, "k", "v".getBytes(StandardCharsets.UTF_8), TopicRecords.bytes());
        int id = new SchemaRegistryClient(TestServices.registry().url(), null)
                .register(articles + "-value", Article.getClassSchema()); // the id the serializer got

        String listed = topics();

        assertThat(listed.lines()).anySatisfy(line -> assertThat(line).startsWith(articles + " ")
                .contains("  3 partitions", " 2 offsets", "cleanup.policy=delete retention.ms=86400000",
                        articles + "-value version 1 (schema id " + id + ")"));
        assertThat(listed.lines()).anySatisfy(line -> assertThat(line).startsWith(aliases + " ")
                .contains("  1 partitions", " 1 offsets", "cleanup.policy=compact", "no schema"));
        assertThat(listed.lines()).anySatisfy(line -> assertThat(line).startsWith(NewsTopics.DLQ + " "));
    }

    @Test
    void showsOnlyTheTopicsNamedAndSaysWhichDoNotExist() {
        String missing = TopicRecords.freshTopic("missing");

        assertThat(topics(missing).lines()).singleElement().asString()
                .startsWith(missing + " ").contains("not created yet", "no schema");
    }
}
