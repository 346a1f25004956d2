package io.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.embedded.TestServices;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fault suite's check catches what it is there to catch: an article missing, one twice, one altered. */
class ArticleLedgerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aStoreWithAnArticleMissingOneTwiceAndOneAlteredIsNotExact() throws Exception {
        ArticleLedger ledger = ArticleLedger.of(SeedCopies.first(5));
        String openSearch = TestServices.openSearch().httpUrl();
        String index = "news-articles-ledger-" + Long.toHexString(System.nanoTime());
        List<Map.Entry<String, ArticleLedger.Expected>> articles = new ArrayList<>(ledger.expected().entrySet());
        assertThat(articles).hasSize(11);

        StringBuilder bulk = new StringBuilder();
        for (int i = 1; i < articles.size(); i++) {
            String id = articles.get(i).getKey();
            ArticleLedger.Expected article = articles.get(i).getValue();
            if (i == 2) {
                article = new ArticleLedger.Expected(article.fileName(), article.part(), article.title(),
                        article.body().replaceFirst("\\w+", "Altered"), article.mentions());
            }
            append(bulk, id, article);
            if (i == 3) {
                append(bulk, id.replaceFirst("-\\d+$", "-99"), article);
            }
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(openSearch + "/" + index + "/_bulk?refresh=true"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

        ArticleLedger.Tally tally = ledger.tally(openSearch, index);
        assertThat(tally.exact()).isFalse();
        assertThat(tally).extracting(ArticleLedger.Tally::expected, ArticleLedger.Tally::found, ArticleLedger.Tally::missing,
                        ArticleLedger.Tally::duplicated, ArticleLedger.Tally::differing, ArticleLedger.Tally::unexpected)
                .containsExactly(11, 11, 1, 1, 1, 1);
    }

    /** One article as the sink indexes it: the fields the ledger reads, mentions as [start, end]. */
    private static void append(StringBuilder bulk, String id, ArticleLedger.Expected article) throws Exception {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("id", id).put("fileName", article.fileName()).put("partIndex", article.part())
                .put("title", article.title()).put("body", article.body());
        ArrayNode entities = doc.putArray("entities");
        for (String mention : article.mentions()) {
            String[] typeAndSpan = mention.split("[ -]");
            ObjectNode entity = entities.addObject().put("type", typeAndSpan[0]);
            entity.putArray("mentions").addArray().add(Integer.parseInt(typeAndSpan[1])).add(Integer.parseInt(typeAndSpan[2]));
        }
        bulk.append("{\"index\":{\"_id\":").append(JSON.writeValueAsString(id)).append("}}\n")
                .append(JSON.writeValueAsString(doc)).append('\n');
    }
}
