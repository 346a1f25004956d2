package io.newsflow.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.Entity;
import io.newsflow.schemas.EntityCount;
import io.newsflow.schemas.serde.AvroDeserializer;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A downstream consumer of news.articles and news.entity-counts with newsflow's serde: prints one
 * JSON line per record. The example of docs/consuming.md, run by DownstreamConsumersTest.
 *
 * <pre>java -cp … io.newsflow.examples.ConsumeEnrichedTopics BOOTSTRAP REGISTRY_URL [KEY=VALUE…]</pre>
 * Settings: group (default my-team), idle.seconds (stop after so long without records; default
 * never), topic.articles, topic.entity-counts.
 */
public final class ConsumeEnrichedTopics {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("group", "my-team", "idle.seconds", "-1",
                "topic.articles", "news.articles", "topic.entity-counts", "news.entity-counts"));
        for (int i = 2; i < args.length; i++) {
            settings.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        String articlesTopic = settings.get("topic.articles");
        int idleSeconds = Integer.parseInt(settings.get("idle.seconds"));

        Map<String, Object> registry = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, args[1]);
        AvroDeserializer<Article> articles = new AvroDeserializer<>(Article.class);
        articles.configure(registry, false);
        AvroDeserializer<EntityCount> counts = new AvroDeserializer<>(EntityCount.class);
        counts.configure(registry, false);

        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                ConsumerConfig.GROUP_ID_CONFIG, settings.get("group"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // enrich writes in transactions: see only what it committed
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(articlesTopic, settings.get("topic.entity-counts")));
            int idle = 0;
            while (idleSeconds < 0 || idle < idleSeconds) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofSeconds(1));
                idle = records.isEmpty() ? idle + 1 : 0;
                for (ConsumerRecord<String, byte[]> record : records) {
                    Map<String, Object> line = record.topic().equals(articlesTopic)
                            ? articleLine(articles.deserialize(record.topic(), record.value()))
                            : countLine(record.key(), counts.deserialize(record.topic(), record.value()));
                    System.out.println(JSON.writeValueAsString(line));
                }
                consumer.commitSync();
            }
        }
    }

    private static Map<String, Object> articleLine(Article article) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", article.getId());
        line.put("title", article.getTitle());
        line.put("entities", article.getEntities().stream().map(ConsumeEnrichedTopics::entity).toList());
        return line;
    }

    private static Map<String, Object> entity(Entity entity) {
        return Map.of("name", entity.getCanonicalName(), "type", entity.getType().name(), "count", entity.getCount());
    }

    /** The topic is compacted by key: the latest record for a key is the count. */
    private static Map<String, Object> countLine(String key, EntityCount count) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("key", key);
        line.put("mentions", count.getMentions());
        line.put("articles", count.getArticles());
        return line;
    }
}
