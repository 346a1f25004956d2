package io.newsflow.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) running in this JVM,
 * for tests and {@code newsflow run}. Its log folder survives restarts: the cluster id is
 * fixed and formatting an already formatted folder is skipped.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String SERVICE = "Kafka broker";
    /** Fixed so that a restarted broker accepts the folder it formatted before. */
    private static final String CLUSTER_ID = "bmV3c2Zsb3ctbG9jYWwx";

    private final KafkaRaftServer server;
    private final int port;
    private final Path dataDir;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, int port, Path dataDir) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts a broker on 127.0.0.1:{@code port} (0 = any free port) with its logs in {@code dataDir}. */
    public static EmbeddedKafka start(Path dataDir, int port) {
        Path dir = DataDirectory.prepare(SERVICE, dataDir.toAbsolutePath());
        int brokerPort = Ports.claim(SERVICE, "--kafka-port", port);
        int controllerPort = Ports.claim(SERVICE, "--kafka-port", 0);
        Properties props = brokerProperties(dir, brokerPort, controllerPort);
        long started = System.nanoTime();
        format(dir, props);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        EmbeddedKafka kafka = new EmbeddedKafka(server, brokerPort, dir);
        try {
            server.startup();
            kafka.awaitReady();
        } catch (RuntimeException e) {
            kafka.close();
            throw new ServiceStartException(SERVICE + " failed to start on 127.0.0.1:" + brokerPort + " with data in "
                    + dir + ": " + e.getMessage(), e);
        }
        LOG.info("Kafka broker ready at {} in {} ms (data: {})", kafka.bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000, dir);
        return kafka;
    }

    private static Properties brokerProperties(Path dir, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dir.resolve("logs").toString());
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("num.partitions", "1");
        // room for large dropped pages; newsflow's topics set their own max.message.bytes too
        p.put("message.max.bytes", Integer.toString(64 * 1024 * 1024));
        p.put("group.initial.rebalance.delay.ms", "0");
        // the default dedupe buffer takes 128 MiB of heap
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        // fast re-registration after a kill
        p.put("broker.session.timeout.ms", "3000");
        p.put("broker.heartbeat.interval.ms", "500");
        return p;
    }

    private static void format(Path dir, Properties props) {
        Path config = dir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            props.store(out, "written by newsflow at each start");
        } catch (IOException e) {
            throw new ServiceStartException("Cannot write " + config + ": " + e.getMessage(), e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int code;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            // -g: a folder formatted before (same cluster id) is left as it is
            code = StorageTool.execute(new String[] {"format", "-t", CLUSTER_ID, "-c", config.toString(), "-g"}, print);
        } catch (Exception e) {
            throw new ServiceStartException("Cannot format the Kafka log folder " + dir + ": " + e.getMessage()
                    + ". If it belongs to another Kafka cluster, choose another --data-dir.", e);
        }
        if (code != 0) {
            throw new ServiceStartException("Formatting the Kafka log folder " + dir + " failed: "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new ServiceStartException(SERVICE + " did not answer on " + bootstrapServers() + " within 60 s", e);
        }
    }

    /** For {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
    }
}
