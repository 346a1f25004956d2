package io.newsflow.cli;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.schemas.topics.BrokerRefusal;
import io.newsflow.sink.SinkConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigDef;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow status}: the running pipeline's counters, read from its metrics page as
 * Prometheus reads them, and what Kafka says: records per topic and how far each stage's consumer
 * group lags behind, partition by partition.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the running pipeline's counters (files seen/published/refused, articles, indexed documents,",
                "dead letters; from its metrics page), topic sizes and consumer lag per partition."})
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Endpoints.metricsUrl(connection.dataDir).ifPresentOrElse(
                url -> printCounters(url, out),
                () -> out.println("No `newsflow run` is running from " + connection.dataDir.toAbsolutePath()
                        + " (it records its metrics page in " + Endpoints.FILE + "); stages run on their own serve"
                        + " their counters at http://127.0.0.1:9400/metrics (--metrics-port)."));
        Settings.requireKnown(connection.settings, Settings.all());
        String bootstrap = connection.bootstrapServers(spec.commandLine());
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
                Map<TopicPartition, Long> lag = TopicOffsets.lagByPartition(admin, group.getKey(), group.getValue());
                // on transactional topics a caught-up group still trails by the commit markers
                out.printf("%-24s %d offsets behind on %s%s%n", "lag " + group.getKey(),
                        lag.values().stream().mapToLong(Long::longValue).sum(), group.getValue(),
                        group.getValue().equals(articles) ? " (commit markers count too)" : "");
                lag.forEach((partition, behind) -> out.printf("  %-22s %d%n", partition, behind));
            }
        }
        return 0;
    }

    /** The newsflow_ samples of the metrics page: each stage's counters. */
    private static void printCounters(String url, PrintWriter out) {
        Map<String, String> samples;
        try {
            samples = MetricsPage.read(URI.create(url));
        } catch (IOException | InterruptedException e) {
            out.println("The pipeline's metrics page " + url + " does not answer (" + e + "); is `newsflow run` still running?");
            return;
        }
        samples.forEach((name, value) -> {
            if (name.startsWith("newsflow_")) {
                out.printf("%-44s %s%n", name, value);
            }
        });
    }

    private String setting(String key, ConfigDef definition) {
        return Settings.valueOf(connection.settings(), key, definition);
    }
}
