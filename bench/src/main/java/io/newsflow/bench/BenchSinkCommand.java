package io.newsflow.bench;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedOpenSearch;
import io.newsflow.embedded.EmbeddedSchemaRegistry;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.DateSource;
import io.newsflow.schemas.Entity;
import io.newsflow.schemas.EntityMention;
import io.newsflow.schemas.EntityType;
import io.newsflow.schemas.ExtractionStats;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import io.newsflow.schemas.serde.AvroSerializer;
import io.newsflow.schemas.topics.NewsTopics;
import io.newsflow.sink.ArticleBulk;
import io.newsflow.sink.ArticleSearch;
import io.newsflow.sink.ArticleSink;
import io.newsflow.sink.SearchQuery;
import io.newsflow.sink.SearchStore;
import io.newsflow.sink.SinkConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench sink}: documents/s the sink indexes from a topic, side by side in one run with
 * posting the same bulk lines straight to OpenSearch's {@code _bulk} API (the store's own limit, one
 * client, batches as the sink's), in a few alternating rounds since one round on a busy machine is noise;
 * then search latency p50/p99 for typical queries on the indexed articles, and the resident memory of
 * this JVM and of the embedded node.
 */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Measure sink docs/s against OpenSearch's own _bulk, then search latency and memory.")
final class BenchSinkCommand implements Callable<Integer> {
    private static final String[] WORDS = ("the of and to in a is that for on with as was by it said at from his an be"
            + " has are have but were not this who they had been which their after its or will about more one two"
            + " government officials president minister city report statement spokesman week people country").split(" ");
    /** Each article is about one topic: its words and phrase, so that typical queries match a share, not all. */
    private static final String[][] TOPIC_WORDS = {
            "fighters convoy militants offensive troops weapons siege frontline shelling".split(" "),
            "talks summit envoy sanctions treaty negotiations delegation ambassador ceasefire".split(" "),
            "economy market inflation budget trade exports growth investors currency".split(" "),
            "election parliament vote party opposition campaign referendum ballot coalition".split(" "),
            "refugees aid civilians camps shelter hospital evacuation doctors displaced".split(" "),
            "police attack arrested suspects intelligence investigation court prosecutors bomb".split(" ")};
    private static final String[] TOPIC_PHRASES = {"air strikes", "peace talks", "oil prices", "prime minister",
            "humanitarian aid", "security officials"};
    private static final String[] PEOPLE = {"Bashar al-Assad", "Recep Tayyip Erdogan", "Vladimir Putin",
            "Donald Trump", "Angela Merkel", "Emmanuel Macron", "Hassan Rouhani", "Theresa May", "Staffan de Mistura",
            "Rex Tillerson"};
    private static final String[] ORGANIZATIONS = {"Islamic State", "United Nations", "NATO", "European Union",
            "Syrian Democratic Forces", "Reuters", "Red Cross", "World Bank"};
    private static final String[] PLACES = {"Raqqa", "Damascus", "Aleppo", "Turkey", "Iraq", "Mosul", "Beirut",
            "Ankara", "Moscow", "Washington", "Geneva", "Idlib"};
    private static final int BULK_DOCS = 500;
    private static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 1);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "10000", description = "Enriched articles to index (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--rounds", defaultValue = "3",
            description = "Indexing rounds, each _bulk then sink on fresh indices; the median ratio counts (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--runs", defaultValue = "200", description = "Timed runs of each search query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--opensearch", paramLabel = "URL",
            description = "An OpenSearch 2.x to measure instead of an embedded node (its RSS is then not reported).")
    String openSearchUrl;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "target/bench-sink",
            description = "Scratch folder for the embedded broker, registry and node (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || rounds < 1 || runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles, --rounds and --runs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = workDir.toAbsolutePath();
        List<Article> articles = articles(count);
        long bytes = articles.stream().mapToLong(a -> a.getBody().length()).sum();
        out.printf("%d articles, %.1f KB of body text each on average%n", count, bytes / 1024.0 / count);
        try (EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("kafka-" + System.nanoTime()), 0);
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(work.resolve("registry-" + System.nanoTime()), 0);
             EmbeddedOpenSearch node = openSearchUrl == null
                     ? EmbeddedOpenSearch.start(work.resolve("opensearch-" + System.nanoTime()), 0, "512m") : null) {
            String url = node == null ? openSearchUrl : node.httpUrl();
            OpenSearchClient store = SearchStore.connect(url, null, null);
            String run = Long.toString(System.nanoTime());
            // a cold node indexes at half speed for its first ~10,000 documents: warm it on a throwaway index
            // so that neither measured side pays for it
            String warmUp = "news-articles-bench-warmup-" + run;
            postDirectly(store, warmUp, articles);
            call(store, "DELETE", "/" + warmUp);

            out.printf("%-6s %14s %14s %6s %14s %6s%n", "round", "_bulk docs/s", "sink docs/s", "ratio",
                    "steady docs/s", "ratio");
            double[] ratios = new double[rounds];
            String sinkIndex = null;
            for (int round = 0; round < rounds; round++) {
                // both indices get the articles' template (newsflow-<index>), so they are mapped alike; each side
                // indexes alone, the other's index deleted so that its background merges do not disturb it
                String directIndex = "news-articles-bench-direct-" + run + "-" + round;
                if (sinkIndex != null) {
                    call(store, "DELETE", "/" + sinkIndex);
                }
                sinkIndex = "news-articles-bench-sink-" + run + "-" + round;
                double direct = postDirectly(store, directIndex, articles);
                call(store, "DELETE", "/" + directIndex);
                double[] sink = runSink(kafka, registry, url, sinkIndex, run + "-" + round, articles);
                ratios[round] = sink[0] / direct;
                out.printf("%-6d %14.0f %14.0f %6.2f %14.0f %6.2f%n", round + 1, direct, sink[0], ratios[round],
                        sink[1], sink[1] / direct);
                out.flush();
            }
            Arrays.sort(ratios);
            out.printf("median ratio sink / _bulk: %.2f (goal >= 0.80); sink docs/s from its start to all indexed, "
                    + "steady from its first acknowledged request%n", ratios[rounds / 2]);

            call(store, "POST", "/" + sinkIndex + "/_refresh");
            ArticleSearch search = new ArticleSearch(store, sinkIndex);
            out.printf("%nsearch on %d articles, %d runs each  %10s %10s %10s%n", search.count(), runs, "hits", "p50 ms", "p99 ms");
            for (Map.Entry<String, SearchQuery> query : typicalQueries().entrySet()) {
                double[] millis = latencies(search, query.getValue());
                out.printf("%-42s %10d %10.1f %10.1f%n", query.getKey(), search.search(query.getValue()).total(),
                        percentile(millis, 50), percentile(millis, 99));
                out.flush();
            }
            out.printf("%nRSS now (peak): this JVM, with the embedded broker, %s; OpenSearch node %s%n",
                    residentMemory(Path.of("/proc/self/status")),
                    node == null ? "n/a (external)" : residentMemory(Path.of("/proc/" + node.pid() + "/status")));
            call(store, "DELETE", "/" + sinkIndex);
        }
        return 0;
    }

    /** Docs/s posting pre-serialised bulk bodies one request at a time, until the last is acknowledged. */
    private static double postDirectly(OpenSearchClient store, String index, List<Article> articles) throws IOException {
        ArticleBulk.installTemplate(store, index);
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += BULK_DOCS) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Article article : articles.subList(from, Math.min(articles.size(), from + BULK_DOCS))) {
                body.writeBytes(ArticleBulk.lines(index, article));
            }
            bodies.add(body.toByteArray());
        }
        long start = System.nanoTime();
        for (byte[] body : bodies) {
            try (Response response = store.generic().execute(Requests.builder().endpoint("/_bulk").method("POST")
                    .body(Body.from(body, "application/x-ndjson")).build())) {
                String text = response.getBody().map(b -> new String(b.bodyAsBytes(), StandardCharsets.UTF_8)).orElse("");
                if (response.getStatus() != 200 || text.contains("\"errors\":true")) {
                    throw new IOException("Direct bulk request failed (HTTP " + response.getStatus() + "): "
                            + text.substring(0, Math.min(500, text.length())));
                }
            }
        }
        return articles.size() / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Docs/s of a sink started on a topic already holding the articles: from its start (template, group join)
     * until all are indexed, and from its first acknowledged bulk request on (the steady rate).
     */
    private static double[] runSink(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry, String url, String index,
                                  String run, List<Article> articles) throws Exception {
        String topic = "bench-sink-articles-" + run;
        NewsTopics.ensure(kafka.bootstrapServers(), List.of(topic), 3);
        AvroSerializer<Article> values = new AvroSerializer<>();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), false);
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(), values)) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(topic, article.getId(), article));
            }
        }
        try (ArticleSink sink = new ArticleSink(new SinkConfig(Map.of(
                SinkConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                SinkConfig.SCHEMA_REGISTRY_URL, registry.url(),
                SinkConfig.OPENSEARCH_URL, url,
                SinkConfig.INDEX, index,
                SinkConfig.ARTICLES_TOPIC, topic,
                SinkConfig.DLQ_TOPIC, topic + "-dlq",
                SinkConfig.GROUP_ID, "bench-sink-" + run)))) {
            long start = System.nanoTime();
            sink.start();
            long firstAck = 0;
            long firstIndexed = 0;
            while (sink.indexed() + sink.deadLettered() < articles.size()) {
                if (sink.failure().isPresent()) {
                    throw new IllegalStateException("The sink stopped: " + sink.failure().get());
                }
                if (firstAck == 0 && sink.indexed() > 0) {
                    firstAck = System.nanoTime();
                    firstIndexed = sink.indexed();
                }
                Thread.sleep(1);
            }
            long end = System.nanoTime();
            if (sink.deadLettered() > 0) {
                throw new IllegalStateException(sink.deadLettered() + " articles were dead-lettered");
            }
            return new double[] {articles.size() / ((end - start) / 1e9),
                    (articles.size() - firstIndexed) / ((end - firstAck) / 1e9)};
        }
    }

    private static void call(OpenSearchClient store, String method, String endpoint) throws IOException {
        try (Response response = store.generic().execute(Requests.builder().endpoint(endpoint).method(method).build())) {
            if (response.getStatus() != 200) {
                throw new IOException(method + " " + endpoint + " failed: HTTP " + response.getStatus());
            }
        }
    }

    /** What analysts type: words, a phrase, an entity filter, a date range; the default 10 hits with facets. */
    private static Map<String, SearchQuery> typicalQueries() {
        Map<String, SearchQuery> queries = new LinkedHashMap<>();
        queries.put("words: fighters convoy", SearchQuery.of("fighters convoy"));
        queries.put("phrase: \"security officials\"", SearchQuery.of("\"security officials\""));
        queries.put("entity: Raqqa (LOCATION)", SearchQuery.of(null).withEntity("Raqqa", EntityType.LOCATION));
        queries.put("words + entity: talks, Putin", SearchQuery.of("talks").withEntity("Vladimir Putin", EntityType.PERSON));
        queries.put("words + dates: ceasefire, 2017-03", SearchQuery.of("ceasefire")
                .withDates(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 31)));
        return queries;
    }

    /** Milliseconds of {@code runs} searches, after as many untimed ones to warm the JIT and the node's caches. */
    private double[] latencies(ArticleSearch search, SearchQuery query) throws IOException {
        for (int i = 0; i < Math.min(runs, 50); i++) {
            search.search(query);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            search.search(query);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /** VmRSS and, in brackets, the peak VmHWM of a process, in MB. */
    private static String residentMemory(Path status) throws IOException {
        List<String> lines = Files.readAllLines(status);
        return megabytes(lines, "VmRSS:") + " MB (" + megabytes(lines, "VmHWM:") + " MB)";
    }

    private static long megabytes(List<String> status, String field) {
        return status.stream().filter(line -> line.startsWith(field))
                .mapToLong(line -> Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]) / 1024)
                .findFirst().orElse(-1);
    }

    /** Articles as enrich emits them: ~4-5 KB of news-like sentences naming a few people, organisations and places. */
    static List<Article> articles(int count) {
        SplittableRandom random = new SplittableRandom(42);
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String[]> named = new ArrayList<>();
            named.add(new String[] {"PERSON", PEOPLE[random.nextInt(PEOPLE.length)]});
            named.add(new String[] {"ORGANIZATION", ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)]});
            named.add(new String[] {"LOCATION", PLACES[random.nextInt(PLACES.length)]});
            named.add(new String[] {"LOCATION", PLACES[random.nextInt(PLACES.length)]});
            if (random.nextBoolean()) {
                named.add(new String[] {"PERSON", PEOPLE[random.nextInt(PEOPLE.length)]});
            }
            named = named.stream().filter(distinctNames()).toList();
            int topic = random.nextInt(TOPIC_WORDS.length);
            String body = body(random, topic, named, 4096 + random.nextInt(1024));
            String title = sentence(random, topic, named.get(0)[1], 6 + random.nextInt(6));
            List<Entity> entities = new ArrayList<>();
            for (String[] entity : named) {
                List<EntityMention> mentions = new ArrayList<>();
                for (int at = body.indexOf(entity[1]); at >= 0; at = body.indexOf(entity[1], at + 1)) {
                    mentions.add(new EntityMention(at, at + entity[1].length(), entity[1]));
                }
                entities.add(Entity.newBuilder().setType(EntityType.valueOf(entity[0])).setCanonicalName(entity[1])
                        .setSurfaceForms(List.of(entity[1])).setMentions(mentions).setCount(mentions.size())
                        .setSalience(Math.min(1.0, mentions.size() / 6.0)).build());
            }
            String id = String.format("%064x-0", i);
            Instant published = FIRST_DAY.plusDays(random.nextInt(730)).atStartOfDay().toInstant(ZoneOffset.UTC)
                    .plusSeconds(random.nextInt(86_400));
            articles.add(Article.newBuilder()
                    .setId(id).setRawId(id.substring(0, 64)).setPartIndex(0).setPartCount(1)
                    .setFileName("dispatch-" + i + ".txt").setSite(i % 3 == 0 ? null : "news" + i % 7 + ".example")
                    .setTitle(title).setBylines(List.of("Staff reporter " + i % 40)).setPublished(published)
                    .setPublishedSource(DateSource.METADATA).setLanguage("en").setBody(body).setEntities(entities)
                    .setStats(ExtractionStats.newBuilder().setExtractor("text-lines").setInputChars(body.length() + 800)
                            .setBodyChars(body.length()).setBlocksTotal(40).setBlocksKept(30)
                            .setTokens(body.length() / 5).build())
                    .setIngestTime(published.plusSeconds(60)).setEnrichTime(published.plusSeconds(61))
                    .setPipelineVersion("bench").build());
        }
        return articles;
    }

    private static Predicate<String[]> distinctNames() {
        Set<String> seen = new HashSet<>();
        return entity -> seen.add(entity[1]);
    }

    private static String word(SplittableRandom random, int topic) {
        int draw = random.nextInt(100);
        String[] topicWords = TOPIC_WORDS[draw < 3 ? random.nextInt(TOPIC_WORDS.length) : topic];
        return draw < 33 ? topicWords[random.nextInt(topicWords.length)] : WORDS[random.nextInt(WORDS.length)];
    }

    /** Paragraphs of sentences until {@code size} chars; each sentence names one of {@code named} now and then. */
    private static String body(SplittableRandom random, int topic, List<String[]> named, int size) {
        StringBuilder body = new StringBuilder(size + 200);
        while (body.length() < size) {
            String name = random.nextInt(3) == 0 ? named.get(random.nextInt(named.size()))[1] : null;
            body.append(sentence(random, topic, name, 10 + random.nextInt(18))).append(random.nextInt(5) == 0 ? "\n\n" : " ");
        }
        return body.toString().trim();
    }

    /** Mostly common words, a third from the topic, now and then the topic's phrase and a word of another topic. */
    private static String sentence(SplittableRandom random, int topic, String name, int words) {
        StringBuilder sentence = new StringBuilder();
        int nameAt = name == null ? -1 : random.nextInt(words);
        int phraseAt = random.nextInt(8) == 0 ? random.nextInt(words) : -1;
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sentence.append(' ');
            }
            sentence.append(w == nameAt ? name : w == phraseAt ? TOPIC_PHRASES[topic] : word(random, topic));
        }
        sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
        return sentence.append('.').toString();
    }
}
