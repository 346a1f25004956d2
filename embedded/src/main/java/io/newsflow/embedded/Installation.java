package io.newsflow.embedded;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the pieces that run as child processes live in a built newsflow checkout: the
 * OpenSearch node's classpath and the Apicurio registry's runner jar. {@code newsflow.home}
 * (system property) or {@code NEWSFLOW_HOME} (environment) names the checkout; the launcher
 * script and the test build set it.
 */
public final class Installation {
    private static final String BUILD_HINT = "build newsflow first: ./mvnw -q package -DskipTests";

    private final Path home;

    public Installation(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    /** The installation named by {@code newsflow.home} / {@code NEWSFLOW_HOME}, else the working directory. */
    public static Installation current() {
        String home = System.getProperty("newsflow.home", System.getenv("NEWSFLOW_HOME"));
        return new Installation(Paths.get(home == null || home.isBlank() ? "." : home));
    }

    public Path home() {
        return home;
    }

    /** Classpath of the OpenSearch node child JVM. */
    public String openSearchClasspath() {
        Path module = home.resolve("opensearch-node/target");
        Path lib = module.resolve("lib");
        Path classes = module.resolve("classes");
        if (!Files.isDirectory(lib) || !Files.isDirectory(classes)) {
            throw new ServiceStartException("OpenSearch node jars not found under " + module + ": " + BUILD_HINT
                    + " (or set newsflow.home to the newsflow checkout)");
        }
        return lib + "/*" + java.io.File.pathSeparator + classes;
    }

    /** The Apicurio Registry runner jar. */
    public Path registryRunnerJar() {
        Path dir = home.resolve("embedded/target/apicurio");
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "apicurio-registry-app-*-runner.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            } catch (IOException e) {
                throw new ServiceStartException("Cannot read " + dir + ": " + e.getMessage(), e);
            }
        }
        throw new ServiceStartException("Apicurio Registry runner jar not found in " + dir + ": " + BUILD_HINT
                + " (or set newsflow.home to the newsflow checkout)");
    }
}
