package io.newsflow.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        Path temporary = dataDir.resolve(FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            p.store(out, "counters of the running `newsflow run`");
        }
        // readers never see a half-written file
        Files.move(temporary, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Optional<Map<String, String>> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(name -> values.put(name, p.getProperty(name)));
        return Optional.of(values);
    }
}
