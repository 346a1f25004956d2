package io.newsflow.cli;

import io.newsflow.sink.ArticleSink;
import io.newsflow.sink.SinkConfig;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code newsflow sink}: the OpenSearch sink stage alone. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Run the sink stage (news.articles → OpenSearch) against external Kafka, registry and OpenSearch.")
final class SinkCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    MetricsOptions metrics;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> settings = connection.stageSettings(spec.commandLine(), SinkConfig.definition());
        settings.put(SinkConfig.OPENSEARCH_URL, connection.openSearch(spec.commandLine()));
        try (StopSignal stop = new StopSignal(); ArticleSink sink = new ArticleSink(new SinkConfig(settings));
             MetricsEndpoint endpoint = metrics.start(spec.commandLine().getOut())) {
            sink.bindMetrics(endpoint.registry());
            sink.start();
            stop.await();
            return 0;
        }
    }
}
