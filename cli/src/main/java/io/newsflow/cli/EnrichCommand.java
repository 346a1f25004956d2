package io.newsflow.cli;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code newsflow enrich}: the Kafka Streams enrich stage alone. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run the enrich stage (news.raw → news.articles) against external Kafka and registry.")
final class EnrichCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    MetricsOptions metrics;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> settings = connection.stageSettings(spec.commandLine(), EnrichConfig.definition());
        settings.putIfAbsent(EnrichConfig.STATE_DIR, connection.dataDir.resolve("enrich-state").toString());
        try (StopSignal stop = new StopSignal(); EnrichService service = new EnrichService(new EnrichConfig(settings),
                ArticleEnricher.withRecognizerPerThread()); MetricsEndpoint endpoint = metrics.start(spec.commandLine().getOut())) {
            service.bindMetrics(endpoint.registry());
            service.start();
            stop.await();
            return 0;
        }
    }
}
