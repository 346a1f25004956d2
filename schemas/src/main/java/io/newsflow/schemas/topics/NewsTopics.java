package io.newsflow.schemas.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
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

    /** How long a stage waits for the broker's first answers before it stops, saying why. */
    static final int ANSWER_SECONDS = 30;

    private NewsTopics() {
    }

    /** Creates {@code names} with {@code partitions} partitions and the broker's default replication. */
    public static void ensure(String bootstrapServers, Collection<String> names, int partitions) {
        ensure(bootstrapServers, names, partitions, Map.of());
    }

    /** As {@link #ensure(String, Collection, int)}, with topic configs such as cleanup.policy=compact. */
    public static void ensure(String bootstrapServers, Collection<String> names, int partitions,
                              Map<String, String> configs) {
        ensure(bootstrapServers, Map.of(), names, new TopicLayout(partitions, TopicLayout.BROKER_DEFAULT), configs);
    }

    /**
     * As {@link #ensure(String, Collection, int, Map)}, connecting with the {@link ServiceAccess} settings
     * among {@code access}. It is a stage's first word with Kafka, so a broker that refuses those settings
     * stops the stage here, with a message naming them, instead of every client retrying in the background.
     */
    public static void ensure(String bootstrapServers, Map<String, ?> access, Collection<String> names,
                              TopicLayout layout, Map<String, String> configs) {
        ensure(bootstrapServers, access, names, layout, configs, ANSWER_SECONDS);
    }

    static void ensure(String bootstrapServers, Map<String, ?> access, Collection<String> names, TopicLayout layout,
                       Map<String, String> configs, int answerSeconds) {
        Map<String, Object> admin = new HashMap<>(ServiceAccess.kafka(access));
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // calls left pending would hold the close up to their own (longer) timeouts
        int answerMillis = (int) TimeUnit.SECONDS.toMillis(answerSeconds);
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, answerMillis);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, answerMillis);
        try (Admin client = BrokerRefusal.admin(admin)) {
            Set<String> existing = client.listTopics().names().get(answerSeconds, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, java.util.Optional.of(layout.partitions()),
                            layout.replicationFactor() < 0 ? java.util.Optional.empty()
                                    : java.util.Optional.of(layout.replicationFactor())).configs(configs));
                }
            }
            for (var created : client.createTopics(missing).values().values()) {
                try {
                    created.get(answerSeconds, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            awaitMetadata(client, names);
        } catch (ExecutionException | TimeoutException e) {
            if (e.getCause() instanceof InvalidReplicationFactorException tooMany) {
                throw new KafkaException("Cannot create topics " + names + " on " + bootstrapServers + ": "
                        + tooMany.getMessage() + " Lower " + TopicLayout.REPLICATION_FACTOR + " (now "
                        + layout.replicationFactor() + "), or -1 for the broker's default.", e);
            }
            throw new KafkaException(BrokerRefusal.explain("Cannot create topics " + names, bootstrapServers, access, answerSeconds,
                    e.getCause() == null ? e : e.getCause()), e);
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
