package io.newsflow.embedded;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real schema registry for tests and {@code newsflow run}: Apicurio Registry 2.6 (Maven
 * Central distribution) in a child JVM, speaking the Confluent API at {@link #url()}.
 * Confluent's own registry is not on Maven Central. Schemas are kept in an H2 file in the
 * data folder, so ids survive restarts. The default compatibility is FULL, newsflow's contract
 * (docs/topics.md): consumers on either side of a schema change read each other's records
 * (Apicurio's own default is NONE, Confluent's BACKWARD).
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
    private static final String SERVICE = "Schema registry";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final ChildJvm jvm;
    private final int port;

    private EmbeddedSchemaRegistry(ChildJvm jvm, int port) {
        this.jvm = jvm;
        this.port = port;
    }

    /** Starts the registry on 127.0.0.1:{@code port} (0 = any free port) with its data in {@code dataDir}. */
    public static EmbeddedSchemaRegistry start(Path dataDir, int port) {
        Path dir = DataDirectory.prepare(SERVICE, dataDir.toAbsolutePath());
        int httpPort = Ports.claim(SERVICE, "--registry-port", port);
        Path jar = Installation.current().registryRunnerJar();
        long started = System.nanoTime();
        List<String> jvmArgs = new ArrayList<>(ChildJvm.heap("32m", "256m"));
        jvmArgs.addAll(List.of("-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + httpPort,
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dir.resolve("registry"),
                "-Dquarkus.datasource.jdbc.min-size=1",
                "-Dquarkus.datasource.jdbc.initial-size=1",
                "-Dquarkus.log.console.color=false"));
        ChildJvm jvm = ChildJvm.start(SERVICE, jvmArgs,
                List.of("-cp", jar + File.pathSeparator + OrphanGuard.codeSource(), OrphanGuard.class.getName(),
                        mainClassOf(jar)), dir, dir.resolve("registry.log"));
        EmbeddedSchemaRegistry registry = new EmbeddedSchemaRegistry(jvm, httpPort);
        try {
            registry.awaitReady();
            registry.put("/config", "{\"compatibility\":\"FULL\"}");
        } catch (RuntimeException e) {
            jvm.close();
            throw e;
        }
        LOG.info("Schema registry ready at {} in {} ms (log: {})", registry.url(),
                (System.nanoTime() - started) / 1_000_000, jvm.log());
        return registry;
    }

    /** The Main-Class of the runner jar, run behind {@link OrphanGuard}. */
    private static String mainClassOf(Path jar) {
        try (JarFile runner = new JarFile(jar.toFile())) {
            return runner.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
        } catch (IOException e) {
            throw new ServiceStartException("Cannot read the registry's runner jar " + jar + ": " + e.getMessage(), e);
        }
    }

    /** Base URL of the Confluent-compatible API, for {@code schema.registry.url}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    public int port() {
        return port;
    }

    public long pid() {
        return jvm.pid();
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            jvm.checkAlive();
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url() + "/subjects"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceStartException("Interrupted while waiting for the schema registry", e);
            }
            sleep(250);
        }
        throw new ServiceStartException(SERVICE + " did not answer on " + url() + " within "
                + START_TIMEOUT.toSeconds() + " s. Last lines of " + jvm.log() + ":\n" + jvm.tail(30));
    }

    private void put(String path, String json) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + path))
                    .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new ServiceStartException(SERVICE + " refused PUT " + path + ": " + answer.body());
            }
        } catch (IOException e) {
            throw new ServiceStartException(SERVICE + " failed on PUT " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceStartException("Interrupted while configuring the schema registry", e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceStartException("Interrupted while waiting for a service to start", e);
        }
    }

    @Override
    public void close() {
        jvm.close();
    }
}
