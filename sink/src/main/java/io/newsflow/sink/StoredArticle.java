package io.newsflow.sink;

import java.util.List;

/**
 * An article as the search store holds it, for display. Mention offsets index into {@code body}
 * (UTF-16 chars, as in the Avro record).
 */
public record StoredArticle(String id, String title, String fileName, String site, String published,
                            String publishedSource, List<String> bylines, String body, List<Entity> entities) {
    public record Entity(String type, String canonicalName, int count, List<Mention> mentions) {
    }

    /** Characters {@code [start, end)} of the body. */
    public record Mention(int start, int end) {
    }
}
