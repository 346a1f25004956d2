package io.newsflow.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schemas.EntityType;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * Search over indexed articles: words (stemmed), "quoted phrases" (matched on the unstemmed
 * sub-fields), + / - / | operators, filters by entity, source and publication date, facets, and the
 * entities trending in the newest news. Title and entity names weigh more than the body.
 */
public final class ArticleSearch {
    /** Facet names of {@link Results#facets()}, in display order, and the keyword field each counts. */
    public static final Map<String, String> FACET_FIELDS = facetFields();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SNIPPET_CHARS = 160;
    private static final int FACET_SIZE = 10;

    private final OpenSearchClient client;
    private final String index;

    public ArticleSearch(OpenSearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /**
     * One matching article, with its most salient entities and a body snippet. The snippet is HTML:
     * the article text escaped, matched words in {@code <em>}; the start of the body when no word matched.
     */
    public record Hit(String id, double score, String title, String fileName, String published,
                      String publishedSource, List<String> bylines, List<String> topEntities, String snippet) {
    }

    /** A facet value and how many matching articles have it. */
    public record Count(String value, long articles) {
    }

    /** The best {@code hits} of {@code total} matches, and facet counts over all matches (see {@link #FACET_FIELDS}). */
    public record Results(long total, List<Hit> hits, Map<String, List<Count>> facets) {
    }

    /** An entity named often in recent articles: mentions summed, articles counted. */
    public record Trend(String name, String type, long mentions, long articles) {
    }

    /** How many articles the index holds; 0 before the first one is indexed. */
    public long count() throws IOException {
        JsonNode answer = call("GET", "/" + index + "/_count", null);
        return answer == null ? 0 : answer.path("count").asLong();
    }

    public List<Hit> search(String query, int size) throws IOException {
        return search(SearchQuery.of(query).withSize(size)).hits();
    }

    public Results search(SearchQuery query) throws IOException {
        ObjectNode request = JSON.createObjectNode();
        request.put("size", query.size());
        request.put("track_total_hits", true);
        ObjectNode bool = request.putObject("query").putObject("bool");
        if (query.hasText()) {
            ObjectNode simple = bool.putObject("must").putObject("simple_query_string");
            simple.put("query", query.text());
            simple.put("default_operator", "and");
            simple.put("quote_field_suffix", ".exact");
            simple.putArray("fields").add("title^3").add("body").add("people^2").add("organizations^2")
                    .add("places^2").add("misc").add("bylines^2");
        } else {
            request.putArray("sort").addObject().putObject("published").put("order", "desc").put("missing", "_last");
        }
        ArrayNode filters = bool.putArray("filter");
        for (SearchQuery.EntityFilter entity : query.entities()) {
            filters.add(entityFilter(entity));
        }
        if (query.source() != null && !query.source().isBlank()) {
            filters.add(anyTerm(query.source(), "source", "fileName", "site"));
        }
        if (query.from() != null || query.to() != null) {
            ObjectNode range = filters.addObject().putObject("range").putObject("published");
            if (query.from() != null) {
                range.put("gte", query.from().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
            }
            if (query.to() != null) {
                range.put("lt", query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
            }
        }
        ObjectNode highlight = request.putObject("highlight");
        // the page shows snippets as HTML: OpenSearch escapes the article text around its <em> tags
        highlight.put("encoder", "html");
        // phrases match on body.exact: still highlight them in the body
        highlight.put("require_field_match", false);
        highlight.putObject("fields").putObject("body").put("fragment_size", SNIPPET_CHARS)
                .put("number_of_fragments", 1).put("no_match_size", SNIPPET_CHARS);
        ObjectNode aggs = request.putObject("aggs");
        FACET_FIELDS.forEach((facet, field) ->
                aggs.putObject(facet).putObject("terms").put("field", field).put("size", FACET_SIZE));
        request.putArray("_source").add("title").add("fileName").add("published").add("publishedSource").add("bylines")
                .add("entities.canonicalName").add("entities.type");

        JsonNode answer = call("POST", "/" + index + "/_search", request);
        if (answer == null) {
            return new Results(0, List.of(), Map.of());
        }
        List<Hit> hits = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            hits.add(hit(hit));
        }
        Map<String, List<Count>> facets = new LinkedHashMap<>();
        for (String facet : FACET_FIELDS.keySet()) {
            List<Count> counts = new ArrayList<>();
            for (JsonNode bucket : answer.path("aggregations").path(facet).path("buckets")) {
                counts.add(new Count(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
            }
            facets.put(facet, counts);
        }
        return new Results(answer.path("hits").path("total").path("value").asLong(), hits, facets);
    }

    /** The stored article {@code id}; empty if there is none. */
    public Optional<StoredArticle> article(String id) throws IOException {
        String path = "/" + index + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        JsonNode answer = call("GET", path, null);
        if (answer == null || !answer.path("found").asBoolean()) {
            return Optional.empty();
        }
        JsonNode source = answer.path("_source");
        List<StoredArticle.Entity> entities = new ArrayList<>();
        for (JsonNode entity : source.path("entities")) {
            List<StoredArticle.Mention> mentions = new ArrayList<>();
            for (JsonNode span : entity.path("mentions")) {
                mentions.add(new StoredArticle.Mention(span.path(0).asInt(), span.path(1).asInt()));
            }
            entities.add(new StoredArticle.Entity(entity.path("type").asText(), entity.path("canonicalName").asText(),
                    entity.path("count").asInt(), mentions));
        }
        return Optional.of(new StoredArticle(answer.path("_id").asText(), source.path("title").asText(null),
                source.path("fileName").asText(null), source.path("site").asText(null),
                source.path("published").asText(null), source.path("publishedSource").asText(null),
                strings(source.path("bylines")), source.path("body").asText(""), entities));
    }

    /**
     * The {@code size} people, organisations and places with the most mentions in articles published in
     * the {@code days} before the newest article (not after now): an archive of older news still shows its trends.
     */
    public List<Trend> trending(int days, int size) throws IOException {
        ObjectNode newestRequest = JSON.createObjectNode();
        newestRequest.put("size", 0);
        newestRequest.putObject("query").putObject("range").putObject("published").put("lte", "now");
        newestRequest.putObject("aggs").putObject("newest").putObject("max").put("field", "published");
        JsonNode newest = call("POST", "/" + index + "/_search", newestRequest);
        if (newest == null || newest.path("aggregations").path("newest").path("value").isNull()) {
            return List.of();
        }
        Instant end = Instant.ofEpochMilli(newest.path("aggregations").path("newest").path("value").asLong());

        ObjectNode request = JSON.createObjectNode();
        request.put("size", 0);
        request.putObject("query").putObject("range").putObject("published")
                .put("gte", end.minus(Duration.ofDays(days)).toString()).put("lte", end.toString());
        ObjectNode entities = request.putObject("aggs").putObject("entities");
        entities.putObject("nested").put("path", "entities");
        // MISC is mostly nationalities ("Syrian", "European"): frequent everywhere, never news
        ObjectNode named = entities.putObject("aggs").putObject("named");
        named.putObject("filter").putObject("bool").putObject("must_not").putObject("term").put("entities.type", "MISC");
        ObjectNode names = named.putObject("aggs").putObject("names");
        names.putObject("terms").put("field", "entities.canonicalName").put("size", size)
                .putObject("order").put("mentions", "desc");
        ObjectNode perName = names.putObject("aggs");
        perName.putObject("mentions").putObject("sum").put("field", "entities.count");
        perName.putObject("type").putObject("terms").put("field", "entities.type").put("size", 1);
        perName.putObject("articles").putObject("reverse_nested");
        JsonNode answer = call("POST", "/" + index + "/_search", request);
        List<Trend> trends = new ArrayList<>();
        for (JsonNode bucket : answer.path("aggregations").path("entities").path("named").path("names").path("buckets")) {
            trends.add(new Trend(bucket.path("key").asText(),
                    bucket.path("type").path("buckets").path(0).path("key").asText(null),
                    bucket.path("mentions").path("value").asLong(), bucket.path("articles").path("doc_count").asLong()));
        }
        return trends;
    }

    /** The keyword field holding canonical names of entities of {@code type}. */
    public static String fieldOf(EntityType type) {
        return switch (type) {
            case PERSON -> "people";
            case ORGANIZATION -> "organizations";
            case LOCATION -> "places";
            case MISC -> "misc";
        };
    }

    private static ObjectNode entityFilter(SearchQuery.EntityFilter entity) {
        if (entity.name() == null) {
            ObjectNode exists = JSON.createObjectNode();
            exists.putObject("exists").put("field", fieldOf(entity.type()));
            return exists;
        }
        if (entity.type() != null) {
            ObjectNode term = JSON.createObjectNode();
            term.putObject("term").put(fieldOf(entity.type()), entity.name());
            return term;
        }
        return anyTerm(entity.name(), "people", "organizations", "places", "misc");
    }

    private static ObjectNode anyTerm(String value, String... fields) {
        ObjectNode any = JSON.createObjectNode();
        ObjectNode bool = any.putObject("bool");
        ArrayNode should = bool.putArray("should");
        for (String field : fields) {
            should.addObject().putObject("term").put(field, value);
        }
        bool.put("minimum_should_match", 1);
        return any;
    }

    private static Hit hit(JsonNode hit) {
        JsonNode source = hit.path("_source");
        List<String> entities = new ArrayList<>();
        for (JsonNode entity : source.path("entities")) {
            if (entities.size() < 5) {
                entities.add(entity.path("canonicalName").asText() + " (" + entity.path("type").asText() + ")");
            }
        }
        JsonNode fragments = hit.path("highlight").path("body");
        return new Hit(hit.path("_id").asText(), hit.path("_score").asDouble(), source.path("title").asText(null),
                source.path("fileName").asText(null), source.path("published").asText(null),
                source.path("publishedSource").asText(null), strings(source.path("bylines")), entities,
                fragments instanceof ArrayNode && fragments.size() > 0 ? fragments.get(0).asText() : null);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Map<String, String> facetFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("people", "people");
        fields.put("organizations", "organizations");
        fields.put("places", "places");
        fields.put("sources", "source");
        return Collections.unmodifiableMap(fields);
    }

    /** Sends {@code request} (if any); null when the index or document does not exist. */
    private JsonNode call(String method, String endpoint, ObjectNode request) throws IOException {
        var builder = Requests.builder().endpoint(endpoint).method(method);
        if (request != null) {
            builder = builder.json(request.toString());
        }
        try (Response response = client.generic().execute(builder.build())) {
            String body = response.getBody().map(b -> new String(b.bodyAsBytes(), StandardCharsets.UTF_8)).orElse("{}");
            if (response.getStatus() == 404) {
                return null;
            }
            if (response.getStatus() / 100 != 2) {
                throw new IOException("Request " + endpoint + " failed (HTTP " + response.getStatus() + "): " + body);
            }
            return JSON.readTree(body);
        }
    }
}
