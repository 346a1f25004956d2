package io.newsflow.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The running pipeline's counters, written by {@code newsflow run} to
 * {@code <data-dir>/status.properties} at every progress tick and read by {@code newsflow status}.
 */
final class PipelineStatus {
    static final String FILE = "status.properties";

    private PipelineStatus() {
    }

    static void write(Path dataDir, Map<String, Long> counters) throws IOException {
        Properties p = new Properties();
        counters.forEach((name, value) -> p.setProperty(name, Long.toString(value)));
        p.setProperty("updated", Instant.now().toString());
        RunFiles.write(dataDir.resolve(FILE), p, "counters of the running `newsflow run`");
    }

    static Optional<Map<String, String>> read(Path dataDir) {
        return RunFiles.read(dataDir.resolve(FILE)).map(p -> {
            Map<String, String> values = new LinkedHashMap<>();
            p.stringPropertyNames().stream().sorted().forEach(name -> values.put(name, p.getProperty(name)));
            return values;
        });
    }
}
