package io.newsflow.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * Full-text search over indexed articles: words (stemmed), "quoted phrases" (matched on the
 * unstemmed sub-fields), + / - / | operators; title and entity names weigh more than the body.
 */
public final class ArticleSearch {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSearchClient client;
    private final String index;

    public ArticleSearch(OpenSearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** One matching article, with its most salient entities and a highlighted body snippet. */
    public record Hit(String id, double score, String title, String fileName, String published,
                      List<String> bylines, List<String> topEntities, String snippet) {
    }

    /** How many articles the index holds; 0 before the first one is indexed. */
    public long count() throws IOException {
        JsonNode answer = call("/" + index + "/_count", null);
        return answer == null ? 0 : answer.path("count").asLong();
    }

    public List<Hit> search(String query, int size) throws IOException {
        ObjectNode request = JSON.createObjectNode();
        request.put("size", size);
        ObjectNode simple = request.putObject("query").putObject("simple_query_string");
        simple.put("query", query);
        simple.put("default_operator", "and");
        simple.put("quote_field_suffix", ".exact");
        simple.putArray("fields").add("title^3").add("body").add("people^2").add("organizations^2")
                .add("places^2").add("misc").add("bylines^2");
        ObjectNode highlight = request.putObject("highlight");
        // phrases match on body.exact: still highlight them in the body
        highlight.put("require_field_match", false);
        highlight.putObject("fields").putObject("body").put("fragment_size", 160).put("number_of_fragments", 1);
        request.putArray("_source").add("title").add("fileName").add("published").add("bylines").add("entities.canonicalName")
                .add("entities.type");

        JsonNode answer = call("/" + index + "/_search", request);
        if (answer == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            JsonNode source = hit.path("_source");
            List<String> entities = new ArrayList<>();
            for (JsonNode entity : source.path("entities")) {
                if (entities.size() < 5) {
                    entities.add(entity.path("canonicalName").asText() + " (" + entity.path("type").asText() + ")");
                }
            }
            List<String> bylines = new ArrayList<>();
            source.path("bylines").forEach(b -> bylines.add(b.asText()));
            JsonNode fragments = hit.path("highlight").path("body");
            hits.add(new Hit(hit.path("_id").asText(), hit.path("_score").asDouble(),
                    source.path("title").asText(null), source.path("fileName").asText(null),
                    source.path("published").asText(null), bylines, entities,
                    fragments instanceof ArrayNode && fragments.size() > 0 ? fragments.get(0).asText() : null));
        }
        return hits;
    }

    /** POSTs {@code request} (or GETs without one); null when the index does not exist yet. */
    private JsonNode call(String endpoint, ObjectNode request) throws IOException {
        var builder = Requests.builder().endpoint(endpoint);
        builder = request == null ? builder.method("GET") : builder.method("POST").json(request.toString());
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
