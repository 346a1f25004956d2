package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.embedded.TestServices;
import io.newsflow.embedded.TestTopics;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.RawFile;
import io.newsflow.schemas.serde.AvroDeserializer;
import io.newsflow.schemas.serde.AvroSerdeConfig;
import io.newsflow.schemas.topics.DeadLetter;
import io.newsflow.sink.ArticleSearch;
import io.newsflow.sink.SearchQuery;
import io.newsflow.sink.SearchStore;
import io.newsflow.sink.StoredArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 23's list of bad input, dropped together with the five seeds into one running pipeline
 * (and garbage records put on every topic a stage reads): each ends as a refusal in failed/ with
 * its reason, as a dead letter with its origin, or, where the input is odd but sound, as a
 * correct searchable article; the seeds all arrive, nothing is published twice, and a file
 * dropped afterwards still becomes searchable. Prints one table row per input.
 */
class BadInputPipelineTest {
    private static final Path SEEDS = Paths.get(System.getProperty("newsflow.home", "..")).resolve("samples/seeds");
    private static final int MAX_FILE_BYTES = 3 * 1024 * 1024;
    private static final int MEGABYTE = 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A sample of issue 23's 5,000 tiny files (the ingest test drops all 5,000): each a one-line dispatch. */
    private static final int TINY_FILES = 20;

    /** A file refused into failed/, its reason file saying this. */
    private record Refusal(String name, String input, String because) {
    }

    /** A file that must become one article, found by the code word planted in its text. */
    private record Accepted(String name, String input, String codeWord) {
    }

    private final List<String> table = new ArrayList<>();

    @Test
    void everyBadInputIsRefusedOrDeadLetteredOrReadRightWhileTheSeedsArriveOnceAndThePipelineGoesOn() throws Exception {
        Endpoints endpoints = new Endpoints(TestServices.kafka().bootstrapServers(), TestServices.registry().url(),
                TestServices.openSearch().httpUrl());
        Path inbox = TestServices.freshDir("bad-inbox");
        Path data = TestServices.freshDir("bad-data");
        String run = inbox.getFileName().toString().replaceAll("\\D", "");
        String raw = "bad-raw-" + run;
        String articles = "bad-articles-" + run;
        String aliases = "bad-aliases-" + run;
        String dlq = "bad-dlq-" + run;
        String index = "news-articles-bad-" + run;
        Map<String, String> settings = Map.ofEntries(
                Map.entry("num.stream.threads", "1"),
                Map.entry("topic.partitions", "2"),
                Map.entry("topic.raw", raw),
                Map.entry("topic.articles", articles),
                Map.entry("topic.dlq", dlq),
                Map.entry("topic.entity-aliases", aliases),
                Map.entry("topic.entity-counts", "bad-counts-" + run),
                Map.entry("application.id", "bad-enrich-" + run),
                Map.entry("group.id", "bad-sink-" + run),
                Map.entry("index", index),
                Map.entry("max.file.bytes", Integer.toString(MAX_FILE_BYTES)),
                Map.entry("stable.interval.ms", "200"),
                Map.entry("poll.interval.ms", "100"));
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.sorted().toList();
        }
        String seed = Files.readString(seeds.get(0));
        ArticleSearch search = new ArticleSearch(SearchStore.connect(endpoints.openSearch(), null, null), index);

        List<Refusal> refusals = List.of(
                new Refusal("empty.txt", "an empty file", "empty"),
                new Refusal("photo.html", "PNG signature, then HTML", "PNG image"),
                new Refusal("picture.txt", "JPEG signature, then text", "JPEG image"),
                new Refusal("report.txt", "PDF signature, then text", "PDF document"),
                new Refusal("bundle.txt", "ZIP signature, then text", "ZIP archive"),
                new Refusal("oversized.txt", "4 MB over a 3 MB max.file.bytes", "max.file.bytes"),
                new Refusal("bomb.txt.gz", "gzip bomb (20 KB → 20 MB)", "gzip bomb"),
                new Refusal("declared-utf8.html", "invalid UTF-8 in a page declaring UTF-8", "Re-save it as UTF-8"),
                new Refusal("outside.txt", "symbolic link to a file outside the inbox", "link"));
        List<Accepted> accepted = List.of(
                new Accepted("mixed.txt", "mixed encodings (UTF-8, then windows-1252)", "qzmixed"),
                new Accepted("deep.html", "HTML nested 10,000 levels deep", "qzdeep"),
                new Accepted("one-line.html", "HTML with a 1 MB line (inline script)", "qzline"),
                new Accepted("data-uri.html", "HTML with a 1 MB attribute (data: image)", "qzattribute"),
                new Accepted("dispatch\nsecond line.txt", "file name with a newline", "qznewline"),
                new Accepted("新闻 Zürich ☃.txt", "file name in unicode", "qzunicode"),
                new Accepted("report..final.txt", "file name with ..", "qzdots"),
                new Accepted("-rf --all.txt", "file name with a leading dash", "qzdash"));

        try (Pipeline pipeline = new Pipeline(endpoints, inbox, data, settings);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers()),
                     new StringSerializer(), new ByteArraySerializer())) {
            pipeline.start();
            for (Path s : seeds) {
                Files.copy(s, inbox.resolve(s.getFileName()));
            }
            dropRefusals(inbox, seed);
            dropAccepted(inbox, seed);
            for (int i = 0; i < TINY_FILES; i++) {
                Files.writeString(inbox.resolve("tiny-" + i + ".txt"), "Dispatch qztiny" + i + " from Raqqa.\n");
            }
            byte[] garbage = HexFormat.of().parseHex("ff fe 00 13 37 c0 af 47 61 72 62 61 67 65".replace(" ", ""));
            byte[] unknownSchema = ByteBuffer.allocate(13).put((byte) 0).putInt(987_654_321)
                    .put("payload!".getBytes(StandardCharsets.US_ASCII)).array();
            for (String topic : List.of(raw, articles, aliases)) {
                producer.send(new ProducerRecord<>(topic, "garbage-on-" + topic, garbage)).get();
                producer.send(new ProducerRecord<>(topic, "unknown-schema-on-" + topic, unknownSchema)).get();
            }

            int seedArticles = seeds.size() - 1 + 7; // seed 003 is a page of seven posts
            int expected = seedArticles + accepted.size() + TINY_FILES;
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> search.count() >= expected && failedReasons(inbox).size() >= refusals.size());

            Map<String, String> reasons = failedReasons(inbox);
            for (Refusal refusal : refusals) {
                String reason = reasons.getOrDefault(refusal.name(), "");
                row(refusal.input(), "failed/ " + reason.strip(), "refused: " + refusal.because(),
                        reason.isEmpty() ? "not in failed/" : "refused");
                assertThat(reason).as(refusal.input()).contains(refusal.because()).contains(refusal.name());
            }
            assertThat(reasons).hasSize(refusals.size());
            assertThat(inbox.resolve("failed/outside.txt")).isSymbolicLink();

            for (Accepted file : accepted) {
                List<ArticleSearch.Hit> hits = search.search(file.codeWord(), 10);
                row(file.input(), hits.size() + " article(s), file name " + hits.stream()
                                .map(h -> "'" + h.fileName().replace("\n", "\\n") + "'").toList(),
                        "1 article", hits.size() + " article(s)");
                assertThat(hits).as(file.input()).singleElement()
                        .satisfies(hit -> assertThat(hit.fileName()).isEqualTo(file.name()));
            }
            long tiny = 0;
            for (int i = 0; i < TINY_FILES; i++) {
                tiny += search.search("qztiny" + i, 10).size();
            }
            row(TINY_FILES + " tiny one-line files", tiny + " articles", TINY_FILES + " articles, one each", tiny + " articles");
            for (int i = 0; i < TINY_FILES; i++) {
                assertThat(search.search("qztiny" + i, 10)).as("tiny-" + i).singleElement()
                        .satisfies(hit -> assertThat(hit.fileName()).startsWith("tiny-"));
            }
            StoredArticle mixed = search.article(search.search("qzmixed", 1).get(0).id()).orElseThrow();
            assertThat(mixed.body()).contains("Periódico de Aragón", "Le café était fermé à Genève")
                    .doesNotContain("Ã", "\uFFFD");
            row("  mixed encodings: the text", "UTF-8 and windows-1252 parts both read right",
                    "no mojibake", mixed.body().contains("Periódico") && mixed.body().contains("café") ? "none" : "mojibake");

            // every topic a stage reads: raw, aliases and the mention repartition topic (enrich), articles (sink);
            // the repartition topic exists once enrich has counted a first article
            String mentions = "bad-enrich-" + run + "-entity-mentions-repartition";
            producer.send(new ProducerRecord<>(mentions, "garbage-on-" + mentions, garbage)).get();
            producer.send(new ProducerRecord<>(mentions, "unknown-schema-on-" + mentions, unknownSchema)).get();
            List<String> read = List.of(raw, articles, aliases, mentions);
            List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
            await().atMost(Duration.ofMinutes(1)).until(() -> {
                dead.clear();
                dead.addAll(TestTopics.readAll(endpoints.bootstrapServers(), dlq, new ByteArrayDeserializer()));
                return dead.size() >= 2 * read.size();
            });
            for (String topic : read) {
                for (String kind : List.of("garbage-on-", "unknown-schema-on-")) {
                    List<ConsumerRecord<String, byte[]>> letters = dead.stream()
                            .filter(r -> (kind + topic).equals(r.key())).toList();
                    String reason = letters.isEmpty() ? "" : header(letters.get(0), DeadLetter.REASON);
                    row(kind.replace("-on-", " record on ") + topic, "dead letter: " + reason, "1 dead letter",
                            letters.size() + " dead letter(s)");
                    assertThat(letters).as(kind + topic).singleElement().satisfies(letter -> {
                        assertThat(header(letter, DeadLetter.SOURCE_TOPIC)).isEqualTo(topic);
                        assertThat(header(letter, DeadLetter.SOURCE_PARTITION)).matches("\\d+");
                        assertThat(header(letter, DeadLetter.SOURCE_OFFSET)).matches("\\d+");
                        assertThat(header(letter, DeadLetter.STAGE)).isEqualTo(topic.equals(articles) ? "sink" : "enrich");
                        assertThat(letter.value()).isEqualTo(kind.startsWith("garbage") ? garbage : unknownSchema);
                        assertThat(header(letter, DeadLetter.REASON)).contains(topic);
                    });
                }
            }
            assertThat(dead).as("only the garbage records are dead letters").hasSize(2 * read.size());
            assertThat(search.search("Garbage", 10)).isEmpty();

            // seeds: all there, each once
            for (Path s : seeds) {
                String name = s.getFileName().toString();
                long hits = search.search(SearchQuery.of("").withSource(name).withSize(20)).total();
                long want = name.startsWith("003") ? 7 : 1;
                row("seed " + name, hits + " article(s)", Long.toString(want), Long.toString(hits));
                assertThat(hits).as(name).isEqualTo(want);
            }
            AvroDeserializer<Article> articleValues = new AvroDeserializer<>(Article.class);
            articleValues.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, endpoints.schemaRegistry()), false);
            List<Article> published = TestTopics.readAll(endpoints.bootstrapServers(), articles,
                    new ByteArrayDeserializer()).stream().filter(r -> !r.key().contains("-on-"))
                    .map(r -> articleValues.deserialize(articles, r.value())).toList();
            Map<String, Long> perId = published.stream().collect(Collectors.groupingBy(Article::getId,
                    Collectors.counting()));
            row("everything", published.size() + " article records, " + search.count() + " documents",
                    expected + " once each", perId.values().stream().allMatch(n -> n == 1) ? "once each" : "DUPLICATES");
            assertThat(perId).hasSize(expected).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
            assertThat(search.count()).isEqualTo(expected);
            AvroDeserializer<RawFile> rawValues = new AvroDeserializer<>(RawFile.class);
            rawValues.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, endpoints.schemaRegistry()), false);
            assertThat(TestTopics.readAll(endpoints.bootstrapServers(), raw, new ByteArrayDeserializer()).stream()
                    .filter(r -> !r.key().contains("-on-")).map(r -> rawValues.deserialize(raw, r.value()).getFileName()))
                    .as("each file published once").hasSize(seeds.size() + accepted.size() + TINY_FILES)
                    .doesNotHaveDuplicates();

            // and the pipeline goes on
            Files.writeString(inbox.resolve("afterwards.txt"), plant(seed, "qzafterwards"));
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> search.search("qzafterwards", 10).size() == 1);
            row("a file dropped after all of it", "searchable", "1 article", "1 article");
        } finally {
            table.forEach(System.out::println);
        }
    }

    private void row(String input, String outcome, String expected, String found) {
        table.add("INPUT " + input + " | " + outcome.replace("\n", " ") + " | " + expected + " | " + found);
    }

    private static void dropRefusals(Path inbox, String seed) throws IOException {
        byte[] page = ("<html><head><title>Raqqa</title></head><body><p>" + seed + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        Files.write(inbox.resolve("photo.html"), concat(HexFormat.of().parseHex("89504E470D0A1A0A"), page));
        Files.write(inbox.resolve("picture.txt"), concat(HexFormat.of().parseHex("FFD8FFE0"), seed.getBytes(StandardCharsets.UTF_8)));
        Files.write(inbox.resolve("report.txt"), concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                seed.getBytes(StandardCharsets.UTF_8)));
        Files.write(inbox.resolve("bundle.txt"), concat(HexFormat.of().parseHex("504B0304"), seed.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(inbox.resolve("oversized.txt"), seed.repeat(4 * MEGABYTE / seed.length() + 1));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bomb)) {
            byte[] spaces = new byte[MEGABYTE];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                out.write(spaces);
            }
        }
        Files.write(inbox.resolve("bomb.txt.gz"), bomb.toByteArray());
        // overlong '/', a lone continuation byte and 0xFF: no UTF-8 encoder writes these
        Files.write(inbox.resolve("declared-utf8.html"), concat(
                "<html><head><meta charset=\"utf-8\"><title>Raqqa</title></head><body><p>".getBytes(StandardCharsets.UTF_8),
                HexFormat.of().parseHex("c0af80ff"), page));
        Path outside = Files.writeString(inbox.getParent().resolve(inbox.getFileName() + "-secret.txt"), seed);
        Files.createSymbolicLink(inbox.resolve("outside.txt"), outside);
    }

    private static void dropAccepted(Path inbox, String seed) throws IOException {
        // a dump pasted together from a UTF-8 page and a windows-1252 one, an accented sentence in each part's prose
        List<String> lines = new ArrayList<>(plant(seed, "qzmixed").lines().toList());
        int first = indexOfLongLine(lines, 0);
        int last = indexOfLongLine(lines, first + 1);
        lines.set(first, lines.get(first) + " The Periódico de Aragón reported the same from Zaragoza.");
        lines.set(last, lines.get(last) + " Le café était fermé à Genève, a witness said.");
        Files.write(inbox.resolve("mixed.txt"), concat(
                String.join("\n", lines.subList(0, last)).concat("\n").getBytes(StandardCharsets.UTF_8),
                String.join("\n", lines.subList(last, lines.size())).concat("\n").getBytes(WINDOWS_1252)));
        String body = "<p>" + plant(seed, "qzdeep").replace("\n", "</p>\n<p>") + "</p>";
        Files.writeString(inbox.resolve("deep.html"), "<!DOCTYPE html><html><head><title>Spies in Damascus</title>"
                + "</head><body>" + "<div>".repeat(10_000) + body + "</div>".repeat(10_000) + "</body></html>");
        String script = "<script>window.__DATA__=\"" + "x".repeat(MEGABYTE) + "\";</script>";
        Files.writeString(inbox.resolve("one-line.html"), "<!DOCTYPE html><html><head><title>Spies in Damascus</title>"
                + script + "</head><body><article><p>" + plant(seed, "qzline").replace("\n", "</p><p>")
                + "</p></article></body></html>");
        String image = "<img alt=\"Damascus\" src=\"data:image/png;base64," + "iVBORw0KGgo".repeat(MEGABYTE / 11) + "\">";
        Files.writeString(inbox.resolve("data-uri.html"), "<!DOCTYPE html><html><head><title>Spies in Damascus</title>"
                + "</head><body><article>" + image + "\n<p>" + plant(seed, "qzattribute").replace("\n", "</p>\n<p>")
                + "</p></article></body></html>");
        Files.writeString(inbox.resolve("dispatch\nsecond line.txt"), plant(seed, "qznewline"));
        Files.writeString(inbox.resolve("新闻 Zürich ☃.txt"), plant(seed, "qzunicode"));
        Files.writeString(inbox.resolve("report..final.txt"), plant(seed, "qzdots"));
        Files.writeString(inbox.resolve("-rf --all.txt"), plant(seed, "qzdash"));
    }

    /** The seed with a code word added to its first long paragraph, so its article can be found and is new. */
    private static String plant(String seed, String codeWord) {
        String paragraph = seed.lines().filter(line -> line.length() > 200).findFirst().orElseThrow();
        return seed.replace(paragraph, paragraph + " Officials used the code word " + codeWord + ".");
    }

    private static int indexOfLongLine(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).length() > 200) {
                return i;
            }
        }
        throw new IllegalArgumentException("the seed has no long paragraph after line " + from);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Refused file name → its reason, for each file in failed/ with a reason beside it. */
    private static Map<String, String> failedReasons(Path inbox) throws IOException {
        Path failed = inbox.resolve("failed");
        if (!Files.isDirectory(failed)) {
            return Map.of();
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(failed)) {
            for (Path reason : files.filter(p -> p.getFileName().toString().endsWith(".error.txt")).sorted().toList()) {
                String name = reason.getFileName().toString().replaceFirst("\\.error\\.txt$", "");
                reasons.put(name, Files.readString(reason));
            }
        }
        return reasons;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return Optional.ofNullable(record.headers().lastHeader(name)).map(Header::value)
                .map(v -> new String(v, StandardCharsets.UTF_8)).orElse("");
    }
}
