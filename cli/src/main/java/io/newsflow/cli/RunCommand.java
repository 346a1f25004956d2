package io.newsflow.cli;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedOpenSearch;
import io.newsflow.embedded.EmbeddedSchemaRegistry;
import io.newsflow.schemas.topics.ServiceAccess;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.web.SearchPage;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow run}: the whole pipeline in one process, with embedded services unless pointed elsewhere. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Start Kafka, the schema registry and OpenSearch (embedded unless given), then ingest,",
                "enrich and sink; watch the inbox until Ctrl-C. Data stays in --data-dir across restarts."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    MetricsOptions metrics;

    @Option(names = "--recursive", description = "Also pick up files in subfolders of the inbox.")
    boolean recursive;

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "inbox",
            description = "Folder to watch (default: ${DEFAULT-VALUE}); published files go to <inbox>/done, refused ones to <inbox>/failed.")
    Path inbox;

    @Option(names = "--kafka-port", defaultValue = "0", description = "Port of the embedded broker (0 = any free port).")
    int kafkaPort;

    @Option(names = "--registry-port", defaultValue = "0", description = "Port of the embedded registry (0 = any free port).")
    int registryPort;

    @Option(names = "--opensearch-port", defaultValue = "0", description = "Port of the embedded OpenSearch (0 = any free port).")
    int openSearchPort;

    @Option(names = "--http-port", defaultValue = "8080",
            description = "Port of the search page (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int httpPort;

    @Option(names = "--http-host", defaultValue = "127.0.0.1",
            description = "Address the search page listens on (default: ${DEFAULT-VALUE}, this machine only).")
    String httpHost;

    @Option(names = "--progress-interval", defaultValue = "5", description = "Seconds between progress lines.")
    int progressSeconds;

    @Override
    public Integer call() throws Exception {
        Path dataDir = connection.dataDir.toAbsolutePath();
        Deque<AutoCloseable> running = new ArrayDeque<>();
        StopSignal stop = new StopSignal();
        var out = spec.commandLine().getOut();
        try {
            String bootstrap = connection.bootstrapServersGiven();
            if (bootstrap == null) {
                out.println("Starting the embedded Kafka broker...");
                EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"), kafkaPort);
                running.push(kafka);
                bootstrap = kafka.bootstrapServers();
            }
            String registry = connection.schemaRegistryGiven();
            if (registry == null) {
                out.println("Starting the embedded schema registry...");
                EmbeddedSchemaRegistry embedded = EmbeddedSchemaRegistry.start(dataDir.resolve("registry"), registryPort);
                running.push(embedded);
                registry = embedded.url();
            }
            String openSearch = connection.openSearchGiven();
            if (openSearch == null) {
                out.println("Starting the embedded OpenSearch node...");
                EmbeddedOpenSearch embedded = EmbeddedOpenSearch.start(dataDir.resolve("opensearch"), openSearchPort, "512m");
                running.push(embedded);
                openSearch = embedded.httpUrl();
            }
            Endpoints endpoints = new Endpoints(bootstrap, registry, openSearch);
            out.println("Loading the entity recogniser and starting ingest, enrich and sink...");
            Map<String, String> settings = connection.settings();
            if (recursive) {
                settings.put(io.newsflow.ingest.IngestConfig.RECURSIVE, "true");
            }
            Pipeline pipeline = new Pipeline(endpoints, inbox, dataDir, settings);
            running.push(pipeline);
            MetricsEndpoint metricsPage = metrics.start(out);
            running.push(metricsPage);
            pipeline.bindMetrics(metricsPage.registry());
            pipeline.start();
            endpoints.save(dataDir, metricsPage.url());
            SearchPage page = startSearchPage(openSearch, out);
            running.push(page);
            out.printf("newsflow is running: drop .txt/.html files into %s, then `newsflow search WORDS`.%n"
                            + "  Search page: %s%n"
                            + "  Kafka %s | schema registry %s | OpenSearch %s | metrics %s%n"
                            + "  Ctrl-C stops it; nothing is lost.%n",
                    inbox.toAbsolutePath(), page.url(), bootstrap, ServiceAccess.withoutUserInfo(registry),
                    ServiceAccess.withoutUserInfo(openSearch), metricsPage.url());
            out.flush();
            String last = "";
            while (!stop.await(progressSeconds)) {
                String now = pipeline.progress();
                if (!now.equals(last)) {
                    out.println(now);
                    out.flush();
                    last = now;
                }
            }
            out.println("Stopping...");
            out.flush();
            return 0;
        } finally {
            Endpoints.remove(dataDir);
            while (!running.isEmpty()) {
                try {
                    running.pop().close();
                } catch (Exception e) {
                    spec.commandLine().getErr().println("newsflow: while stopping: " + e);
                }
            }
            stop.close();
        }
    }

    /** The page on --http-port; when that port is taken, on a free one, saying so, so that `run` still starts. */
    private SearchPage startSearchPage(String openSearch, java.io.PrintWriter out) throws java.io.IOException {
        var client = connection.openSearchClient(openSearch);
        String index = connection.settings().getOrDefault(SinkConfig.INDEX, "news-articles");
        try {
            return SearchPage.start(client, index, httpHost, httpPort);
        } catch (java.net.BindException taken) {
            out.printf("Port %d on %s is taken (%s); the search page uses a free port instead (set --http-port).%n",
                    httpPort, httpHost, taken.getMessage());
            return SearchPage.start(client, index, httpHost, 0);
        }
    }
}
