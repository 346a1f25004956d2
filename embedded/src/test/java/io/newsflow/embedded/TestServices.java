package io.newsflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Real services shared by all tests of one test JVM, each started on first use on free ports
 * with fresh data under {@code target/services}, and stopped when the JVM exits.
 * Starting them once keeps the suite fast; tests isolate themselves by topic and index names.
 */
public final class TestServices {
    private static EmbeddedKafka kafka;
    private static EmbeddedSchemaRegistry registry;
    private static EmbeddedOpenSearch openSearch;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestServices::stopAll, "test-services-stop"));
    }

    private TestServices() {
    }

    private static synchronized void stopAll() {
        for (AutoCloseable service : new AutoCloseable[] {openSearch, registry, kafka}) {
            try {
                if (service != null) {
                    service.close();
                }
            } catch (Exception e) {
                System.err.println("Stopping a test service failed: " + e);
            }
        }
    }

    public static synchronized EmbeddedKafka kafka() {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(freshDir("kafka"), 0);
        }
        return kafka;
    }

    public static synchronized EmbeddedSchemaRegistry registry() {
        if (registry == null) {
            registry = EmbeddedSchemaRegistry.start(freshDir("registry"), 0);
        }
        return registry;
    }

    public static synchronized EmbeddedOpenSearch openSearch() {
        if (openSearch == null) {
            openSearch = EmbeddedOpenSearch.start(freshDir("opensearch"), 0, "384m");
        }
        return openSearch;
    }

    /** A new empty folder under {@code target/services}. */
    public static Path freshDir(String prefix) {
        try {
            Path root = Files.createDirectories(Paths.get("target", "services"));
            return Files.createTempDirectory(root, prefix + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
