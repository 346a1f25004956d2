package io.newsflow.sink;

import io.newsflow.schemas.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What to look for: optional words (the {@code simple_query_string} syntax of {@link ArticleSearch}) and
 * filters that all must hold. An empty query lists every article, newest first.
 *
 * @param text     words, "phrases", -excluded, a | b; null or blank for none
 * @param entities entities the article must all name
 * @param source   the article's source file name or site; null for any
 * @param from     first publication day (inclusive, UTC); null for no bound
 * @param to       last publication day (inclusive, UTC); null for no bound
 * @param size     most hits returned
 */
public record SearchQuery(String text, List<EntityFilter> entities, String source, LocalDate from, LocalDate to,
                          int size) {
    /** A canonical entity name, of one type or (type null) of any; or (name null) any entity of the type. */
    public record EntityFilter(String name, EntityType type) {
        public EntityFilter {
            if (name == null && type == null) {
                throw new IllegalArgumentException("An entity filter needs a name, a type or both");
            }
        }
    }

    public SearchQuery {
        entities = List.copyOf(entities);
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, List.of(), null, null, null, 10);
    }

    public SearchQuery withEntity(String name, EntityType type) {
        List<EntityFilter> more = new ArrayList<>(entities);
        more.add(new EntityFilter(name, type));
        return new SearchQuery(text, more, source, from, to, size);
    }

    public SearchQuery withSource(String newSource) {
        return new SearchQuery(text, entities, newSource, from, to, size);
    }

    public SearchQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchQuery(text, entities, source, newFrom, newTo, size);
    }

    public SearchQuery withSize(int newSize) {
        return new SearchQuery(text, entities, source, from, to, newSize);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
