package io.newsflow.schemas.topics;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * How the topics a stage creates when they are missing are laid out: partitions and replication,
 * declared once for every stage. The defaults suit one broker; on a cluster, set
 * {@code topic.replication.factor=3} (and {@code min.insync.replicas=2} on the brokers) and as many
 * partitions as enrich and sink instances may ever run. Existing topics are left as they are.
 */
public record TopicLayout(int partitions, short replicationFactor) {
    public static final String PARTITIONS = "topic.partitions";
    public static final String REPLICATION_FACTOR = "topic.replication.factor";
    /** The broker's {@code default.replication.factor}. */
    public static final short BROKER_DEFAULT = -1;

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(PARTITIONS, ConfigDef.Type.INT, NewsTopics.DEFAULT_PARTITIONS, ConfigDef.Range.between(1, 10_000),
                    ConfigDef.Importance.LOW, "Partitions of the topics a stage creates when they are missing: the"
                            + " unit of parallelism (at most this many enrich threads or sink instances share a topic).")
            .define(REPLICATION_FACTOR, ConfigDef.Type.SHORT, BROKER_DEFAULT, ConfigDef.Range.between(-1, 32),
                    ConfigDef.Importance.LOW, "Copies of each partition of the topics newsflow creates, Kafka Streams'"
                            + " internal ones included; -1 = the broker's default.replication.factor (1 on one broker,"
                            + " 3 on a cluster).");

    /** Adds both settings, with their defaults and meaning, to a stage's {@code definition}. */
    public static ConfigDef addTo(ConfigDef definition) {
        DEFINITION.configKeys().values().forEach(definition::define);
        return definition;
    }

    /** The layout a stage's {@code config} (its definition passed through {@link #addTo}) asks for. */
    public static TopicLayout of(AbstractConfig config) {
        return new TopicLayout(config.getInt(PARTITIONS), config.getShort(REPLICATION_FACTOR));
    }
}
