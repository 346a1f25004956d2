package io.newsflow.schemas.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the pipeline's topics when they are missing, so each stage can start first.
 * Existing topics are left as they are (an operator may have given them more partitions).
 */
public final class NewsTopics {
    public static final String RAW = "news.raw";
    public static final String ARTICLES = "news.articles";
    public static final String DLQ = "news.dlq";
    public static final String ENTITY_COUNTS = "news.entity-counts";
    public static final String ENTITY_ALIASES = "news.entity-aliases";

    /**
     * Partitions of a topic a stage creates, unless set: the unit of parallelism. Six spread evenly
     * over 1, 2, 3 or 6 stream threads or sink instances; a cluster that runs more sets more.
     */
    public static final int DEFAULT_PARTITIONS = 6;

    private NewsTopics() {
    }

    /** Creates {@code names} with {@code partitions} partitions and the broker's default replication. */
    public static void ensure(String bootstrapServers, Collection<String> names, int partitions) {
        ensure(bootstrapServers, names, partitions, Map.of());
    }

    /** As {@link #ensure(String, Collection, int)}, with topic configs such as cleanup.policy=compact. */
    public static void ensure(String bootstrapServers, Collection<String> names, int partitions,
                              Map<String, String> configs) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, java.util.Optional.of(partitions), java.util.Optional.empty())
                            .configs(configs));
                }
            }
            for (var created : admin.createTopics(missing).values().values()) {
                try {
                    created.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            awaitMetadata(admin, names);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("Cannot create topics " + names + " on " + bootstrapServers + ": "
                    + (e.getCause() == null ? e : e.getCause()).toString() + ". Is Kafka running there?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted while creating topics", e);
        }
    }

    /**
     * Waits until the broker's metadata shows every topic. The controller acknowledges a creation
     * before the broker has applied it: a consumer asking at once finds no partitions, and Kafka
     * Streams' global store (entity aliases) then fails at start-up.
     */
    private static void awaitMetadata(Admin admin, Collection<String> names)
            throws ExecutionException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
