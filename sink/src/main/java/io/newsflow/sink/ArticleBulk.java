package io.newsflow.sink;

import io.newsflow.schemas.Article;
import java.io.IOException;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * The bulk lines the sink sends for an article and the template it installs, for tools that index
 * articles into OpenSearch without the sink: {@code newsflow bench sink} posts exactly these bytes
 * straight to {@code _bulk} as the yardstick the sink is measured against.
 */
public final class ArticleBulk {
    private ArticleBulk() {
    }

    /** Creates or updates the template of {@code index}, as the sink does at start-up. */
    public static void installTemplate(OpenSearchClient client, String index) throws IOException {
        ArticleIndex.installTemplate(client, index);
    }

    /** The NDJSON action and document lines indexing {@code article} into {@code index} under its id. */
    public static byte[] lines(String index, Article article) {
        return BulkBody.item(index, article.getId(), ArticleIndex.document(article)).lines();
    }
}
