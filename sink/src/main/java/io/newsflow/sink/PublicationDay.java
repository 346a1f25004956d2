package io.newsflow.sink;

import io.newsflow.schemas.DateSource;

/**
 * An article's publication day as search results show it: the day, "undated", or the day the file
 * was ingested said to be that, for an article whose file gave no date.
 */
public final class PublicationDay {

    private static final int DAY_CHARS = "yyyy-mm-dd".length();

    private PublicationDay() {
    }

    /**
     * @param published       the stored ISO-8601 time, or null
     * @param publishedSource where the enricher found it (an Avro {@code DateSource} name), or null
     */
    public static String of(String published, String publishedSource) {
        if (published == null) {
            return "undated";
        }
        String day = published.substring(0, Math.min(DAY_CHARS, published.length()));
        return DateSource.INGEST_TIME.name().equals(publishedSource) ? day + " (ingested; the file gives no date)" : day;
    }
}
