package io.newsflow.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A single-node OpenSearch in a child JVM: its Jackson clashes with the client's, and its crash must not take ours down. */
public final class EmbeddedOpenSearch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedOpenSearch.class);
    private static final String SERVICE = "OpenSearch";
    // both must match io.newsflow.opensearchnode.OpenSearchNodeMain, whose jars are not on this classpath
    private static final String MAIN_CLASS = "io.newsflow.opensearchnode.OpenSearchNodeMain";
    private static final String PORT_LINE = "NEWSFLOW_OPENSEARCH_HTTP_PORT=";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final ChildJvm node;
    private final Path dataDir;
    private final int port;

    private EmbeddedOpenSearch(ChildJvm node, Path dataDir, int port) {
        this.node = node;
        this.dataDir = dataDir;
        this.port = port;
    }

    /**
     * Starts a node keeping its indices in {@code dataDir} (the same folder gives back the same indices)
     * and returns once the cluster is at least yellow with the indices it kept searchable.
     *
     * @param httpPort the HTTP port on 127.0.0.1, 0 for any free one
     * @param heap     the most heap the node may take, as for {@code -Xmx} (e.g. {@code 384m}); it starts small
     */
    public static EmbeddedOpenSearch start(Path dataDir, int httpPort, String heap) {
        if (!heap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("Heap size must look like 384m or 1g, not '" + heap + "'");
        }
        Path home = DataDirectory.prepare(SERVICE, dataDir.toAbsolutePath().normalize());
        if (httpPort != 0) {
            Ports.claim(SERVICE, "--opensearch-port", httpPort);
        }
        Path log = home.resolve("logs/opensearch-node.log");
        // the log is appended to across restarts: only lines written after this offset belong to this start
        long logStart = sizeOf(log);
        long startNanos = System.nanoTime();
        List<String> jvmArgs = new ArrayList<>(ChildJvm.heap("64m", heap));
        // an OutOfMemoryError would otherwise leave a half-dead node that still holds the port
        jvmArgs.add("-XX:+ExitOnOutOfMemoryError");
        jvmArgs.addAll(List.of("-cp", Installation.current().openSearchClasspath()));
        ChildJvm child = ChildJvm.start(SERVICE, jvmArgs, List.of(MAIN_CLASS, home.toString(), Integer.toString(httpPort)),
                home, log);
        try {
            long deadline = startNanos + START_TIMEOUT.toNanos();
            int boundPort = awaitPortLine(child, logStart, deadline);
            awaitYellow(child, boundPort, deadline);
            LOG.info("OpenSearch up at http://127.0.0.1:{} in {} ms (pid {}, data in {}, log {})", boundPort,
                    Duration.ofNanos(System.nanoTime() - startNanos).toMillis(), child.pid(), home, log);
            return new EmbeddedOpenSearch(child, home, boundPort);
        } catch (RuntimeException e) {
            child.close();
            throw e;
        }
    }

    private static int awaitPortLine(ChildJvm child, long logStart, long deadline) {
        while (true) {
            child.checkAlive();
            OptionalInt port = portLine(child.log(), logStart);
            if (port.isPresent()) {
                return port.getAsInt();
            }
            pause(child, deadline, "to bind its HTTP port");
        }
    }

    private static OptionalInt portLine(Path log, long from) {
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(from);
            String written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return written.lines()
                    .filter(line -> line.startsWith(PORT_LINE))
                    .mapToInt(line -> Integer.parseInt(line.substring(PORT_LINE.length()).trim()))
                    .findFirst();
        } catch (IOException e) {
            return OptionalInt.empty(); // not created yet
        }
    }

    private static void awaitYellow(ChildJvm child, int port, long deadline) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(
                        // a restarted node answers green before it has recovered its indices from disk (their
                        // shards are not even listed yet); its pending tasks done, each index is at least yellow
                        URI.create("http://127.0.0.1:" + port + "/_cluster/health?wait_for_events=languid"
                                + "&wait_for_no_initializing_shards=true&wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (true) {
            child.checkAlive();
            try {
                // 200 once yellow or green; 408 while the wait times out
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                LOG.debug("OpenSearch health check failed, retrying: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceStartException("Interrupted while waiting for " + SERVICE + " to start", e);
            }
            pause(child, deadline, "to become healthy");
        }
    }

    private static void pause(ChildJvm child, long deadline, String waitingFor) {
        if (System.nanoTime() > deadline) {
            throw new ServiceStartException(SERVICE + " took more than " + START_TIMEOUT.toSeconds() + " s " + waitingFor
                    + " (a busy machine, or too small a heap?). Last lines of " + child.log() + ":\n" + child.tail(30));
        }
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceStartException("Interrupted while waiting for " + SERVICE + " " + waitingFor, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new ServiceStartException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Base URL of the REST API, e.g. {@code http://127.0.0.1:9200}. */
    public String httpUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public long pid() {
        return node.pid();
    }

    /** Stops the node (SIGTERM, so it flushes and releases its data folder) and waits for it to exit. */
    @Override
    public void close() {
        node.close();
    }
}
