package io.newsflow.opensearchnode;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;

/**
 * Runs a single-node OpenSearch cluster on 127.0.0.1 until SIGTERM. Started as a child JVM by the
 * embedded module, which reads the HTTP port from the {@value #PORT_LINE} line printed on stdout.
 * Arguments: the node's home folder (indices in {@code data/}, kept across restarts) and the HTTP port (0 = any).
 */
public final class OpenSearchNodeMain {
    public static final String PORT_LINE = "NEWSFLOW_OPENSEARCH_HTTP_PORT=";
    static final String CLUSTER_NAME = "newsflow";
    static final String NODE_NAME = "newsflow-node";

    private OpenSearchNodeMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: OpenSearchNodeMain <home folder> <http port, 0 = any free port>");
            System.exit(2);
        }
        Path home = Paths.get(args[0]).toAbsolutePath().normalize();
        // OpenSearch's threads are daemons: without this wait the JVM would exit right after start
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            Node node = new NewsflowNode(environment(home, args[1]));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                close(node);
                stopped.countDown();
            }, "opensearch-shutdown"));
            node.start();
            withoutReplicas(node);
            int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
            System.out.println(PORT_LINE + port);
            System.out.flush();
            // a parent killed without closing us must not leave an orphan node holding the data folder
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
            stopped.await();
        } catch (Throwable e) {
            System.err.println("OpenSearch node failed to start in " + home + ":");
            e.printStackTrace();
            System.exit(1);
        }
    }

    static Environment environment(Path home, String httpPort) {
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", CLUSTER_NAME)
                .put("node.name", NODE_NAME)
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                // nothing else joins this node, so any free transport port will do
                .put("transport.port", "0")
                // small, nearly full disks are common here: the flood-stage watermark would make every index read-only
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        return InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"), () -> NODE_NAME);
    }

    /** A replica can never be placed on a single node and would keep every index yellow. */
    private static void withoutReplicas(Node node) {
        // read from the cluster state, not from the node's settings, hence a (persistent) settings update
        node.client().admin().cluster().prepareUpdateSettings()
                .setPersistentSettings(Settings.builder().put("cluster.default_number_of_replicas", 0))
                .get();
    }

    private static void close(Node node) {
        try {
            node.close();
            node.awaitClose(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("OpenSearch node did not close cleanly: " + e);
        }
    }
}
