package io.newsflow.cli;

import io.newsflow.schemas.topics.ServiceAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the pipeline's services listen. {@code newsflow run} writes them to
 * {@code <data-dir>/endpoints.properties}, with its metrics page, so that {@code newsflow search},
 * {@code status} and the single-stage commands find a running local pipeline without options.
 * Holds no credentials.
 */
public record Endpoints(String bootstrapServers, String schemaRegistry, String openSearch) {
    static final String FILE = "endpoints.properties";

    private static final String METRICS_URL = "metrics.url";

    void save(Path dataDir, String metricsUrl) throws IOException {
        Properties p = new Properties();
        p.setProperty("bootstrap.servers", bootstrapServers);
        // credentials come from -s or the environment, never from this file
        p.setProperty("schema.registry.url", ServiceAccess.withoutUserInfo(schemaRegistry));
        p.setProperty("opensearch.url", ServiceAccess.withoutUserInfo(openSearch));
        p.setProperty(METRICS_URL, metricsUrl);
        RunFiles.write(dataDir.resolve(FILE), p, "services of the running `newsflow run`; removed when it stops");
    }

    static Optional<Endpoints> load(Path dataDir) {
        return RunFiles.read(dataDir.resolve(FILE)).map(p -> new Endpoints(p.getProperty("bootstrap.servers"),
                p.getProperty("schema.registry.url"), p.getProperty("opensearch.url")));
    }

    /** The metrics page of the `newsflow run` recorded in {@code dataDir}. */
    static Optional<String> metricsUrl(Path dataDir) {
        return RunFiles.read(dataDir.resolve(FILE)).map(p -> p.getProperty(METRICS_URL));
    }

    static void remove(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(FILE));
    }
}
