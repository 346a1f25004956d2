package io.newsflow.sink;

import io.newsflow.schemas.Article;
import io.newsflow.schemas.DateSource;
import io.newsflow.schemas.Entity;
import io.newsflow.schemas.EntityMention;
import io.newsflow.schemas.EntityType;
import io.newsflow.schemas.ExtractionStats;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;

/** Articles made up for search tests, indexed straight into a real node the way the sink indexes them. */
public final class TestArchive {
    private TestArchive() {
    }

    /** An entity of {@code type} with every occurrence of {@code name} in {@code body} as a mention. */
    public record Named(EntityType type, String name) {
    }

    public static Article article(String id, String title, String site, String published, String body, Named... named) {
        List<Entity> entities = new ArrayList<>();
        for (Named n : named) {
            List<EntityMention> mentions = new ArrayList<>();
            for (int at = body.indexOf(n.name()); at >= 0; at = body.indexOf(n.name(), at + 1)) {
                mentions.add(new EntityMention(at, at + n.name().length(), n.name()));
            }
            entities.add(Entity.newBuilder().setType(n.type()).setCanonicalName(n.name()).setSurfaceForms(List.of(n.name()))
                    .setMentions(mentions).setCount(Math.max(1, mentions.size())).setSalience(1.0).build());
        }
        return Article.newBuilder()
                .setId(id).setRawId(id).setPartIndex(0).setPartCount(1).setFileName(id + ".txt").setSite(site)
                .setTitle(title).setPublished(published == null ? null : Instant.parse(published))
                .setPublishedSource(published == null ? DateSource.NONE : DateSource.METADATA).setBody(body)
                .setEntities(entities)
                .setStats(ExtractionStats.newBuilder().setExtractor("test").setInputChars(body.length())
                        .setBodyChars(body.length()).setBlocksTotal(1).setBlocksKept(1).build())
                .setIngestTime(Instant.EPOCH).setEnrichTime(Instant.EPOCH).setPipelineVersion("test")
                .build();
    }

    /** Installs the template and indexes {@code articles}, searchable when this returns. */
    public static void index(OpenSearchClient client, String index, List<Article> articles) throws IOException {
        ArticleIndex.installTemplate(client, index);
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index).refresh(Refresh.WaitFor);
        for (Article article : articles) {
            bulk.operations(op -> op.index(i -> i.id(article.getId()).document(ArticleIndex.document(article))));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            throw new IOException("Indexing test articles failed: " + response.items());
        }
    }
}
