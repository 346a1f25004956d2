package io.newsflow.cli;

import io.newsflow.schemas.serde.AvroSerdeConfig;
import io.newsflow.schemas.topics.BrokerRefusal;
import io.newsflow.schemas.serde.SchemaRegistryClient;
import io.newsflow.enrich.EnrichConfig;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow topics}: each newsflow topic's size, retention and value schema. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"One line per topic: partitions, end offsets summed over partitions (records plus transaction",
                "markers), cleanup.policy, retention.ms, and the latest version and id of its value schema",
                "(subject <topic>-value in the registry), or \"no schema\" for topics of plain values."})
final class TopicsCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "TOPIC", arity = "0..*",
            description = "Topics to show (default: the pipeline's five, and every other topic named news.*).")
    List<String> topics = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        CommandLine cmd = spec.commandLine();
        String registryUrl = connection.schemaRegistry(cmd);
        SchemaRegistryClient registry = new SchemaRegistryClient(registryUrl,
                connection.settings().get(AvroSerdeConfig.BASIC_AUTH_USER_INFO));
        PrintWriter out = cmd.getOut();
        try (Admin admin = BrokerRefusal.admin(connection.kafkaClient(cmd, Map.of()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            Set<String> shown = new TreeSet<>(topics);
            if (topics.isEmpty()) {
                shown.addAll(pipelineTopics());
                existing.stream().filter(t -> t.startsWith("news.")).forEach(shown::add);
            }
            for (String topic : shown) {
                String schema = registry.latest(topic + "-value")
                        .map(s -> s.subject() + " version " + s.version() + " (schema id " + s.id() + ")")
                        .orElse("no schema");
                if (!existing.contains(topic)) {
                    out.printf("%-24s not created yet (its stage creates it when it starts)  %s%n", topic, schema);
                    continue;
                }
                TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                        .get(30, TimeUnit.SECONDS).get(topic);
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
                out.printf("%-24s %3d partitions %10d offsets  cleanup.policy=%s retention.ms=%s  %s%n", topic,
                        description.partitions().size(), TopicOffsets.total(admin, topic),
                        config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value(),
                        config.get(TopicConfig.RETENTION_MS_CONFIG).value(), schema);
            }
        }
        return 0;
    }

    /** The pipeline's topics under the names the stages were given (-s, as for `run`), else their defaults. */
    private List<String> pipelineTopics() {
        Map<String, String> given = connection.settings();
        return List.of(Settings.valueOf(given, EnrichConfig.RAW_TOPIC, EnrichConfig.definition()),
                Settings.valueOf(given, EnrichConfig.ARTICLES_TOPIC, EnrichConfig.definition()),
                Settings.valueOf(given, EnrichConfig.ENTITY_COUNTS_TOPIC, EnrichConfig.definition()),
                Settings.valueOf(given, EnrichConfig.ENTITY_ALIASES_TOPIC, EnrichConfig.definition()),
                Settings.valueOf(given, EnrichConfig.DLQ_TOPIC, EnrichConfig.definition()));
    }
}
