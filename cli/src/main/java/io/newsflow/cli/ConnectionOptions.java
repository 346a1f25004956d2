package io.newsflow.cli;

import io.newsflow.schemas.topics.ServiceAccess;
import io.newsflow.sink.SearchStore;
import io.newsflow.sink.SinkConfig;
import java.nio.file.Path;
import org.apache.kafka.common.config.ConfigDef;
import org.opensearch.client.opensearch.OpenSearchClient;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Options that point a command at Kafka, the registry and OpenSearch, and the stages' settings.
 * Each comes from the option or -s, else from its environment variable (NEWSFLOW_BOOTSTRAP_SERVERS,
 * NEWSFLOW_SCHEMA_REGISTRY_URL, NEWSFLOW_OPENSEARCH_URL, NEWSFLOW_<SETTING>), else, for the
 * three services, from a running `newsflow run`.
 */
final class ConnectionOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka brokers (env NEWSFLOW_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--schema-registry", paramLabel = "URL", description = "Confluent-compatible schema registry URL (env NEWSFLOW_SCHEMA_REGISTRY_URL).")
    String schemaRegistry;

    @Option(names = "--opensearch", paramLabel = "URL", description = "OpenSearch URL (env NEWSFLOW_OPENSEARCH_URL; credentials: NEWSFLOW_OPENSEARCH_USERNAME / _PASSWORD).")
    String openSearch;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
            description = "Folder of the local pipeline's data (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE",
            description = "Any other setting of the stage, e.g. -s topic.partitions=6, or env NEWSFLOW_TOPIC_PARTITIONS=6 (see `newsflow settings`).")
    Map<String, String> settings = new HashMap<>();

    /** The settings from the environment, overridden by those given with -s. */
    Map<String, String> settings() {
        Map<String, String> all = new HashMap<>(Settings.fromEnvironment(System.getenv(), Settings.all()));
        all.putAll(settings);
        return all;
    }

    /** The brokers given by option or environment; null when neither gives them. */
    String bootstrapServersGiven() {
        return bootstrapServers != null ? bootstrapServers : settings().get(SinkConfig.BOOTSTRAP_SERVERS);
    }

    /** The registry given by option or environment; null when neither gives it. */
    String schemaRegistryGiven() {
        return schemaRegistry != null ? schemaRegistry : settings().get(SinkConfig.SCHEMA_REGISTRY_URL);
    }

    /** The store given by option or environment; null when neither gives it. */
    String openSearchGiven() {
        return openSearch != null ? openSearch : settings().get(SinkConfig.OPENSEARCH_URL);
    }

    private Optional<Endpoints> running() {
        return Endpoints.load(dataDir);
    }

    String bootstrapServers(picocli.CommandLine cmd) {
        return pick(cmd, bootstrapServersGiven(), running().map(Endpoints::bootstrapServers), "--bootstrap-servers");
    }

    String schemaRegistry(picocli.CommandLine cmd) {
        return pick(cmd, schemaRegistryGiven(), running().map(Endpoints::schemaRegistry), "--schema-registry");
    }

    String openSearch(picocli.CommandLine cmd) {
        return pick(cmd, openSearchGiven(), running().map(Endpoints::openSearch), "--opensearch");
    }

    /** A client for the store at {@code url} with the connection settings given by -s (user, password, CA file) or env. */
    OpenSearchClient openSearchClient(String url) {
        Map<String, Object> store = new HashMap<>(settings());
        store.put(SinkConfig.OPENSEARCH_URL, url);
        return SearchStore.connect(store);
    }

    /** The settings, -s ones checked against one stage's {@code definition}, with the Kafka and registry endpoints added. */
    Map<String, Object> stageSettings(picocli.CommandLine cmd, ConfigDef definition) {
        Settings.requireKnown(settings, definition);
        Map<String, Object> stage = new HashMap<>(Settings.fromEnvironment(System.getenv(), definition,
                ServiceAccess.definition()));
        stage.putAll(settings);
        stage.put("bootstrap.servers", bootstrapServers(cmd));
        stage.put("schema.registry.url", schemaRegistry(cmd));
        return stage;
    }

    /** Settings for a Kafka client of this command: the brokers, the security settings given by -s, and {@code own}. */
    Map<String, Object> kafkaClient(picocli.CommandLine cmd, Map<String, Object> own) {
        Map<String, Object> client = new HashMap<>(ServiceAccess.kafka(settings()));
        client.put("bootstrap.servers", bootstrapServers(cmd));
        client.putAll(own);
        return client;
    }

    private String pick(picocli.CommandLine cmd, String given, Optional<String> fromRun, String option) {
        if (given != null) {
            return given;
        }
        return fromRun.orElseThrow(() -> new ParameterException(cmd, "Missing " + option + ": give it (or its"
                + " environment variable, see --help), or start"
                + " `newsflow run` (it records its services in " + dataDir.resolve(Endpoints.FILE) + ")."));
    }
}
