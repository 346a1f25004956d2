package io.newsflow.cli;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.schemas.topics.BrokerRefusal;
import io.newsflow.sink.SinkConfig;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigDef;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow status}: the running pipeline's counters, and what Kafka says: records per
 * topic and how far each stage's consumer group lags behind.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show files seen/published/refused, articles, indexed documents, topic sizes and consumer lag.")
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PipelineStatus.read(connection.dataDir).ifPresentOrElse(
                counters -> counters.forEach((name, value) -> out.printf("%-24s %s%n", name, value)),
                () -> out.println("No `newsflow run` is running from " + connection.dataDir.toAbsolutePath()
                        + " (its counters would be in " + PipelineStatus.FILE + ")."));
        Settings.requireKnown(connection.settings, IngestConfig.definition(), EnrichConfig.definition(),
                SinkConfig.definition());
        // the names the stages use: their defaults, or what -s sets (the same -s given to `run`)
        String raw = setting(EnrichConfig.RAW_TOPIC, EnrichConfig.definition());
        String articles = setting(SinkConfig.ARTICLES_TOPIC, SinkConfig.definition());
        String dlq = setting(EnrichConfig.DLQ_TOPIC, EnrichConfig.definition());
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(setting(EnrichConfig.APPLICATION_ID, EnrichConfig.definition()), raw);
        groups.put(setting(SinkConfig.GROUP_ID, SinkConfig.definition()), articles);
        try (Admin admin = BrokerRefusal.admin(connection.kafkaClient(spec.commandLine(), Map.of()))) {
            for (String topic : List.of(raw, articles, dlq)) {
                // offsets, not records: transactional topics also hold commit markers
                out.printf("%-24s %d offsets%n", "topic " + topic, TopicOffsets.total(admin, topic));
            }
            for (Map.Entry<String, String> group : groups.entrySet()) {
                long lag = TopicOffsets.lag(admin, group.getKey(), group.getValue());
                // on transactional topics a caught-up group still trails by the commit markers
                out.printf("%-24s %d offsets behind on %s%s%n", "lag " + group.getKey(), lag, group.getValue(),
                        group.getValue().equals(articles) ? " (commit markers count too)" : "");
            }
        }
        return 0;
    }

    private String setting(String key, ConfigDef definition) {
        return Settings.valueOf(connection.settings, key, definition);
    }
}
