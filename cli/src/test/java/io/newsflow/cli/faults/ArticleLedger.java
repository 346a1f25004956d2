package io.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.ingest.DroppedFileReader;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.Entity;
import io.newsflow.schemas.EntityMention;
import io.newsflow.schemas.RawFile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The articles a set of dropped copies must give, and the check that a search index holds
 * exactly those: none missing, none twice (by id, and by file and part), none differing in
 * file, part, title, body or entity mentions from a fault-free enrichment of the same files.
 *
 * <p>The expected articles come from {@link ArticleEnricher} itself, once per distinct content
 * (copies of one seed extract to the same title and body, which the extractor confirms for each
 * copy). Entities are compared by their mentions (type and offsets): the canonical name an
 * entity is filed under depends on which articles were enriched before it, in a fault-free run too.
 */
final class ArticleLedger {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one stored article must hold; mentions as "TYPE start-end", sorted. */
    record Expected(String fileName, int part, String title, String body, List<String> mentions) {
    }

    /** One comparison of the store against the ledger, as one line of the fault table. */
    record Tally(int expected, int found, int missing, int duplicated, int differing, int unexpected,
                 List<String> problems) {
        boolean exact() {
            return found == expected && missing == 0 && duplicated == 0 && differing == 0 && unexpected == 0;
        }

        String line(String fault) {
            return String.format("FAULT | %s | expected %d | found %d | missing %d | duplicated %d | differing %d%s",
                    fault, expected, found, missing, duplicated, differing,
                    unexpected == 0 ? "" : " | unexpected " + unexpected);
        }
    }

    private final Map<String, Expected> byId;

    private ArticleLedger(Map<String, Expected> byId) {
        this.byId = byId;
    }

    int size() {
        return byId.size();
    }

    /** The expected articles by id. */
    Map<String, Expected> expected() {
        return byId;
    }

    static ArticleLedger of(List<SeedCopies.Copy> copies) {
        ArticleExtractor extractor = new ArticleExtractor();
        ArticleEnricher enricher = ArticleEnricher.withRecognizerPerThread();
        Map<List<String>, List<Article>> enrichedByContent = new HashMap<>();
        Map<String, Expected> byId = new LinkedHashMap<>();
        for (SeedCopies.Copy copy : copies) {
            RawFile raw = rawFile(copy);
            Charset charset = Charset.forName(raw.getCharset());
            List<ExtractedArticle> extracted = extractor.extract(copy.name(), raw.getMediaType(),
                    charset.decode(raw.getContent().duplicate()).toString());
            List<String> content = new ArrayList<>();
            extracted.forEach(article -> {
                content.add(article.title());
                content.add(article.body());
            });
            List<Article> articles = enrichedByContent.computeIfAbsent(content,
                    key -> enricher.enrich(raw, alias -> null).articles());
            for (Article article : articles) {
                byId.put(copy.rawId() + "-" + article.getPartIndex(), new Expected(copy.name(), article.getPartIndex(),
                        article.getTitle(), article.getBody(), mentions(article.getEntities())));
            }
        }
        return new ArticleLedger(byId);
    }

    /** The record ingest publishes for a copy (seed copies are UTF-8 plain text dumps). */
    private static RawFile rawFile(SeedCopies.Copy copy) {
        Charset charset = DroppedFileReader.detectCharset(copy.bytes());
        return RawFile.newBuilder().setId(copy.rawId()).setFileName(copy.name()).setSizeBytes(copy.bytes().length)
                .setModifiedTime(Instant.EPOCH).setIngestTime(Instant.EPOCH).setMediaType("text/plain")
                .setCharset(charset.name()).setContent(ByteBuffer.wrap(copy.bytes())).build();
    }

    private static List<String> mentions(List<Entity> entities) {
        List<String> all = new ArrayList<>();
        for (Entity entity : entities) {
            for (EntityMention mention : entity.getMentions()) {
                all.add(entity.getType() + " " + mention.getStart() + "-" + mention.getEnd());
            }
        }
        return all.stream().sorted().toList();
    }

    /** Compares what {@code index} on the OpenSearch node at {@code openSearchUrl} holds with the ledger. */
    Tally tally(String openSearchUrl, String index) throws IOException, InterruptedException {
        JsonNode hits = everyDocument(openSearchUrl, index);
        Set<String> seenIds = new HashSet<>();
        Set<String> seenParts = new HashSet<>();
        int found = 0;
        int duplicated = 0;
        int differing = 0;
        int unexpected = 0;
        List<String> problems = new ArrayList<>();
        for (JsonNode hit : hits) {
            found++;
            JsonNode source = hit.path("_source");
            String id = source.path("id").asText();
            // _id is the article id, so the same id twice cannot happen in one index; the same file and part can
            boolean again = !seenIds.add(id)
                    | !seenParts.add(source.path("fileName").asText() + "#" + source.path("partIndex").asInt());
            if (again) {
                duplicated++;
                problems.add("twice: " + id);
            }
            Expected expected = byId.get(id);
            if (expected == null) {
                unexpected++;
                problems.add("not expected: " + id + " from " + source.path("fileName").asText());
                continue;
            }
            Expected stored = new Expected(source.path("fileName").asText(), source.path("partIndex").asInt(),
                    source.path("title").isNull() ? null : source.path("title").asText(null),
                    source.path("body").asText(), storedMentions(source.path("entities")));
            if (!stored.equals(expected) || !hit.path("_id").asText().equals(id)) {
                differing++;
                problems.add("differs: " + id + " (" + expected.fileName() + " part " + expected.part() + ")");
            }
        }
        Set<String> missingIds = new HashSet<>(byId.keySet());
        missingIds.removeAll(seenIds);
        missingIds.stream().limit(5).forEach(id -> problems.add("missing: " + id + " (" + byId.get(id).fileName() + ")"));
        return new Tally(byId.size(), found, missingIds.size(), duplicated, differing, unexpected,
                problems.stream().limit(10).toList());
    }

    /** Prints the fault's table line and fails unless the store holds exactly the expected articles. */
    void report(String fault, Tally tally) {
        System.out.println(tally.line(fault));
        assertThat(tally.exact()).as("%s; first problems: %s", tally.line(fault), tally.problems()).isTrue();
    }

    private static List<String> storedMentions(JsonNode entities) {
        List<String> all = new ArrayList<>();
        for (JsonNode entity : entities) {
            for (JsonNode span : entity.path("mentions")) {
                all.add(entity.path("type").asText() + " " + span.path(0).asInt() + "-" + span.path(1).asInt());
            }
        }
        return all.stream().sorted().toList();
    }

    private JsonNode everyDocument(String openSearchUrl, String index) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        // what the sink acknowledged is searchable after a refresh, whatever its bulk.refresh
        http.send(HttpRequest.newBuilder(URI.create(openSearchUrl + "/" + index + "/_refresh"))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        String request = "{\"size\": " + (byId.size() * 2 + 100) + ", \"sort\": [\"_doc\"],"
                + " \"_source\": [\"id\", \"fileName\", \"partIndex\", \"title\", \"body\", \"entities.type\", \"entities.mentions\"]}";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(openSearchUrl + "/" + index + "/_search"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 404) {
            return JSON.createArrayNode();
        }
        if (answer.statusCode() != 200) {
            throw new IOException("Search on " + index + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body()).path("hits").path("hits");
    }
}
