package io.newsflow.cli;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichStats;
import io.newsflow.ingest.InboxWatcher;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.sink.ArticleSink;
import io.newsflow.sink.SinkConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The three stages joined: ingest → enrich → sink, against given services. Stops in flow
 * order, so each stage finishes what the one before it handed over. Enrich may run elsewhere
 * (other processes with the same application id share its work).
 */
public final class Pipeline implements AutoCloseable {
    private final InboxWatcher ingest;
    /** Null when enrich runs in other processes. */
    private final EnrichService enrich;
    private final ArticleSink sink;

    public Pipeline(Endpoints endpoints, Path inbox, Path dataDir, Map<String, String> settings) {
        this(endpoints, inbox, dataDir, settings, true);
    }

    /** With {@code enrichHere} false, ingest and sink only: enrich runs in other processes. */
    public Pipeline(Endpoints endpoints, Path inbox, Path dataDir, Map<String, String> settings, boolean enrichHere) {
        Settings.requireKnown(settings, IngestConfig.definition(), EnrichConfig.definition(), SinkConfig.definition());
        Map<String, Object> common = new HashMap<>(settings);
        common.put("bootstrap.servers", endpoints.bootstrapServers());
        common.put("schema.registry.url", endpoints.schemaRegistry());

        Map<String, Object> ingestSettings = new HashMap<>(common);
        ingestSettings.put(IngestConfig.INBOX_DIR, inbox.toString());
        Map<String, Object> enrichSettings = new HashMap<>(common);
        enrichSettings.putIfAbsent(EnrichConfig.STATE_DIR, dataDir.resolve("enrich-state").toString());
        Map<String, Object> sinkSettings = new HashMap<>(common);
        sinkSettings.put(SinkConfig.OPENSEARCH_URL, endpoints.openSearch());

        IngestConfig ingestConfig = new IngestConfig(ingestSettings);
        EnrichConfig enrichConfig = new EnrichConfig(enrichSettings);
        SinkConfig sinkConfig = new SinkConfig(sinkSettings);
        this.sink = new ArticleSink(sinkConfig);
        this.enrich = enrichHere ? new EnrichService(enrichConfig, ArticleEnricher.withRecognizerPerThread()) : null;
        this.ingest = InboxWatcher.create(ingestConfig);
    }

    public void start() throws IOException {
        sink.start();
        if (enrich != null) {
            enrich.start();
        }
        ingest.start();
    }

    /** Registers every stage's counters and Kafka client metrics in {@code registry}. */
    public void bindMetrics(MeterRegistry registry) {
        ingest.bindMetrics(registry);
        if (enrich != null) {
            enrich.bindMetrics(registry);
        }
        sink.bindMetrics(registry);
    }

    String progress() {
        EnrichStats enriched = enrich == null ? new EnrichStats() : enrich.stats();
        return String.format("files seen %d, published %d, refused %d | articles enriched %d, dead-lettered %d"
                        + " | documents indexed %d", ingest.stats().seen(), ingest.stats().published(),
                ingest.stats().refused(), enriched.articles(), enriched.deadLettered(), sink.indexed())
                + sink.failure().map(reason -> "\nTHE SINK HAS STOPPED: " + reason).orElse("");
    }

    public Map<String, Long> counters() {
        Map<String, Long> counters = new java.util.LinkedHashMap<>();
        counters.put("ingest.files.seen", ingest.stats().seen());
        counters.put("ingest.files.published", ingest.stats().published());
        counters.put("ingest.files.refused", ingest.stats().refused());
        counters.put("ingest.bytes.published", ingest.stats().bytesPublished());
        if (enrich != null) {
            counters.put("enrich.files", enrich.stats().files());
            counters.put("enrich.articles", enrich.stats().articles());
            counters.put("enrich.dead.lettered", enrich.stats().deadLettered());
            counters.put("enrich.tokens", enrich.stats().tokens());
            counters.put("enrich.ner.cpu.millis", enrich.stats().nerCpuNanos() / 1_000_000);
        }
        counters.put("sink.indexed", sink.indexed());
        counters.put("sink.dead.lettered", sink.deadLettered());
        return counters;
    }

    public long indexed() {
        return sink.indexed();
    }

    @Override
    public void close() {
        ingest.close();
        if (enrich != null) {
            enrich.close();
        }
        sink.close();
    }
}
