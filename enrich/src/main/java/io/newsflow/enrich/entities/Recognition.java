package io.newsflow.enrich.entities;

import io.newsflow.schemas.Entity;
import java.util.List;

/**
 * What the recogniser found in one article.
 *
 * @param entities entities of the body, most salient first
 * @param tokens   CoreNLP tokens read (title and body), for throughput statistics
 */
public record Recognition(List<Entity> entities, int tokens) {
    public Recognition {
        entities = List.copyOf(entities);
    }
}
