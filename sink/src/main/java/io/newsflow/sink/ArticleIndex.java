package io.newsflow.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schemas.Article;
import io.newsflow.schemas.Entity;
import io.newsflow.schemas.EntityMention;
import io.newsflow.schemas.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Bodies;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * The search-store side of an article: the index template (english-analysed title and body
 * with an exact sub-field for phrases, keyword fields for sources and canonical entity names
 * by type, nested entities) and the document an {@link Article} becomes.
 */
public final class ArticleIndex {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleIndex() {
    }

    /**
     * Creates or updates the template of {@code index}, named {@code newsflow-<index>}; the index
     * takes it when it is created. One template per index, matching that name only, so whatever
     * index the sink is given has the articles' mapping.
     */
    static void installTemplate(OpenSearchClient client, String index) throws IOException {
        ObjectNode template;
        try (InputStream in = ArticleIndex.class.getResourceAsStream("index-template.json")) {
            template = (ObjectNode) JSON.readTree(in);
        }
        template.putArray("index_patterns").add(index);
        String name = "newsflow-" + index;
        try (Response response = client.generic().execute(Requests.builder()
                .endpoint("/_index_template/" + name).method("PUT").json(JSON.writeValueAsString(template)).build())) {
            if (response.getStatus() / 100 != 2) {
                throw new IOException("OpenSearch refused the index template " + name + " (HTTP "
                        + response.getStatus() + "): " + response.getBody().map(b -> {
                            try {
                                return new String(b.bodyAsBytes(), StandardCharsets.UTF_8);
                            } catch (UncheckedIOException e) {
                                return e.toString();
                            }
                        }).orElse(""));
            }
        }
    }

    /** The JSON document stored for {@code article}; its id is the article id. */
    static Map<String, Object> document(Article article) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", article.getId());
        doc.put("rawId", article.getRawId());
        doc.put("partIndex", article.getPartIndex());
        doc.put("fileName", article.getFileName());
        doc.put("title", article.getTitle());
        doc.put("bylines", article.getBylines());
        // as the page gives it, so that results show the day the page printed; the date field reads the offset
        doc.put("published", article.getPublishedLocal() != null ? article.getPublishedLocal()
                : article.getPublished() == null ? null : article.getPublished().toString());
        doc.put("publishedSource", article.getPublishedSource().name());
        doc.put("site", article.getSite());
        // one value to filter and count sources by: the site where known, else the dropped file
        doc.put("source", article.getSite() == null || article.getSite().isBlank() ? article.getFileName() : article.getSite());
        doc.put("language", article.getLanguage());
        doc.put("body", article.getBody());
        doc.put("people", namesOf(article, EntityType.PERSON));
        doc.put("organizations", namesOf(article, EntityType.ORGANIZATION));
        doc.put("places", namesOf(article, EntityType.LOCATION));
        doc.put("misc", namesOf(article, EntityType.MISC));
        List<Map<String, Object>> entities = new ArrayList<>();
        for (Entity entity : article.getEntities()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("type", entity.getType().name());
            e.put("canonicalName", entity.getCanonicalName());
            e.put("surfaceForms", entity.getSurfaceForms());
            e.put("count", entity.getCount());
            e.put("salience", entity.getSalience());
            List<List<Integer>> mentions = new ArrayList<>();
            for (EntityMention mention : entity.getMentions()) {
                mentions.add(List.of(mention.getStart(), mention.getEnd()));
            }
            e.put("mentions", mentions);
            entities.add(e);
        }
        doc.put("entities", entities);
        doc.put("stats", Map.of(
                "extractor", article.getStats().getExtractor(),
                "inputChars", article.getStats().getInputChars(),
                "bodyChars", article.getStats().getBodyChars(),
                "blocksTotal", article.getStats().getBlocksTotal(),
                "blocksKept", article.getStats().getBlocksKept(),
                "tokens", article.getStats().getTokens()));
        doc.put("ingestTime", article.getIngestTime().toString());
        doc.put("enrichTime", article.getEnrichTime().toString());
        doc.put("pipelineVersion", article.getPipelineVersion());
        return doc;
    }

    private static List<String> namesOf(Article article, EntityType type) {
        return article.getEntities().stream().filter(e -> e.getType() == type).map(Entity::getCanonicalName).toList();
    }
}
