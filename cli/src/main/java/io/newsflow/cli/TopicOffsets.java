package io.newsflow.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How far a topic's partitions reach, and how far a consumer group trails them, as `kafka-consumer-groups` counts. */
public final class TopicOffsets {
    private TopicOffsets() {
    }

    /** End offset per partition; empty when the topic does not exist yet. */
    public static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
        if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
            return Map.of();
        }
        var description = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
        Map<TopicPartition, OffsetSpec> latest = description.partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** The end offsets of all the topic's partitions together (on transactional topics, commit markers count too). */
    public static long total(Admin admin, String topic) throws Exception {
        return endOffsets(admin, topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /** End offsets minus the group's committed offsets over the topic's partitions; a partition never committed trails by all of it. */
    public static long lag(Admin admin, String group, String topic) throws Exception {
        return lagByPartition(admin, group, topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /** As {@link #lag}, partition by partition, in partition order. */
    static Map<TopicPartition, Long> lagByPartition(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, Long> lag = new TreeMap<>(Comparator.comparingInt(TopicPartition::partition));
        endOffsets(admin, topic).forEach((partition, end) -> lag.put(partition,
                end - (committed.get(partition) == null ? 0 : committed.get(partition).offset())));
        return lag;
    }
}
