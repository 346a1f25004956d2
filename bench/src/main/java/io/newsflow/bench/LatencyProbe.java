package io.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.serde.AvroDeserializer;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows dropped files through the pipeline from outside, as a downstream user sees them:
 * when the raw record appears on the raw topic, when the first article of the file is committed
 * to the articles topic (read_committed), when OpenSearch holds it (a real-time GET) and when a
 * search finds it. With the times the records carry (ingest read the file, enrich finished it),
 * each file's drop-to-searchable time splits into stages. Runs in one thread named "bench-probe".
 */
final class LatencyProbe implements AutoCloseable {
    /** Where one file's first article was, in epoch milliseconds (0 = not yet). */
    static final class Arrival {
        final long dropped;
        volatile long read;
        volatile long published;
        volatile long enriched;
        volatile long committed;
        volatile long stored;
        volatile long searchable;

        Arrival(long dropped) {
            this.dropped = dropped;
        }

        /** The stages in flow order, in milliseconds; the sum is drop to searchable. */
        Map<String, Long> stages() {
            Map<String, Long> stages = new java.util.LinkedHashMap<>();
            stages.put("watcher wait", read - dropped);
            stages.put("publish", Math.max(0, published - read));
            stages.put("enrich", Math.max(0, enriched - Math.max(read, published)));
            stages.put("commit", Math.max(0, committed - enriched));
            stages.put("sink batch", Math.max(0, stored - committed));
            stages.put("refresh", Math.max(0, searchable - Math.max(stored, committed)));
            return stages;
        }

        long total() {
            return searchable - dropped;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Arrival> pending = new ConcurrentHashMap<>();
    private final List<Arrival> done = java.util.Collections.synchronizedList(new ArrayList<>());
    private final KafkaConsumer<String, byte[]> raw;
    private final KafkaConsumer<String, byte[]> articles;
    private final AvroDeserializer<Article> articleReader = new AvroDeserializer<>(Article.class);
    private final HttpClient http = HttpClient.newHttpClient();
    private final String indexUrl;
    private final Thread thread = new Thread(this::follow, "bench-probe");
    private volatile boolean running = true;

    LatencyProbe(String bootstrap, String registry, String rawTopic, String articlesTopic, String openSearch,
                 String index) {
        this.raw = consumer(bootstrap, "read_uncommitted", rawTopic);
        this.articles = consumer(bootstrap, "read_committed", articlesTopic);
        articleReader.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry), false);
        this.indexUrl = openSearch + "/" + index;
        thread.start();
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap, String isolation, String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.CLIENT_ID_CONFIG, "bench-probe-" + topic,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
        List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    /** Follows the file with this raw id, dropped at {@code droppedMillis}. */
    void expect(String rawId, long droppedMillis) {
        pending.put(rawId, new Arrival(droppedMillis));
    }

    int waiting() {
        return pending.size();
    }

    /** The files seen searchable so far. */
    List<Arrival> arrived() {
        synchronized (done) {
            return new ArrayList<>(done);
        }
    }

    private void follow() {
        while (running) {
            long now = System.currentTimeMillis();
            for (ConsumerRecord<String, byte[]> record : raw.poll(Duration.ofMillis(5))) {
                Arrival arrival = pending.get(record.key());
                if (arrival != null && arrival.published == 0) {
                    arrival.published = now;
                }
            }
            now = System.currentTimeMillis();
            for (ConsumerRecord<String, byte[]> record : articles.poll(Duration.ofMillis(5))) {
                Article article = articleReader.deserialize(record.topic(), record.value());
                Arrival arrival = article == null || article.getPartIndex() != 0 ? null : pending.get(article.getRawId());
                if (arrival != null && arrival.committed == 0) {
                    arrival.read = article.getIngestTime().toEpochMilli();
                    arrival.enriched = article.getEnrichTime().toEpochMilli();
                    arrival.committed = now;
                }
            }
            try {
                look();
            } catch (IOException e) {
                // the store is busy or restarting: looked at again next round
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Asks the store which pending first articles it holds (real-time GET) and which a search finds. */
    private void look() throws IOException, InterruptedException {
        List<String> ids = pending.keySet().stream().map(rawId -> rawId + "-0").toList();
        if (ids.isEmpty()) {
            Thread.sleep(20);
            return;
        }
        long now = System.currentTimeMillis();
        ObjectNode mget = JSON.createObjectNode();
        ids.forEach(mget.putArray("ids")::add);
        for (JsonNode doc : post("/_mget?_source=false", mget).path("docs")) {
            Arrival arrival = pending.get(doc.path("_id").asText().replaceFirst("-0$", ""));
            if (arrival != null && doc.path("found").asBoolean() && arrival.stored == 0) {
                arrival.stored = now;
            }
        }
        now = System.currentTimeMillis();
        ObjectNode search = JSON.createObjectNode().put("size", ids.size()).put("_source", false);
        ArrayNode terms = search.putObject("query").putObject("ids").putArray("values");
        ids.forEach(terms::add);
        for (JsonNode hit : post("/_search", search).path("hits").path("hits")) {
            String rawId = hit.path("_id").asText().replaceFirst("-0$", "");
            Arrival arrival = pending.get(rawId);
            // counted once its topic and stage times are known too
            if (arrival != null && arrival.committed != 0) {
                arrival.searchable = now;
                arrival.stored = arrival.stored == 0 ? now : arrival.stored;
                pending.remove(rawId);
                done.add(arrival);
            }
        }
        Thread.sleep(10);
    }

    private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(indexUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createObjectNode();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
        raw.close();
        articles.close();
    }
}
