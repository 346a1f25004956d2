package io.newsflow.schemas.topics;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * Headers every stage puts on a record it sends to the dead-letter topic, so an operator can
 * see with any Kafka tool which stage refused it, why, and where it came from. The record
 * keeps the original key and value bytes.
 */
public final class DeadLetter {
    public static final String STAGE = "newsflow.error.stage";
    public static final String REASON = "newsflow.error.reason";
    public static final String EXCEPTION = "newsflow.error.exception";
    public static final String SOURCE_TOPIC = "newsflow.source.topic";
    public static final String SOURCE_PARTITION = "newsflow.source.partition";
    public static final String SOURCE_OFFSET = "newsflow.source.offset";

    private DeadLetter() {
    }

    /** Adds the error headers to {@code headers}; the reason says what failed and what to do. */
    public static Headers describe(Headers headers, String stage, Throwable error, String topic, int partition,
                                   long offset) {
        String reason = error.getMessage() == null ? error.toString() : error.getMessage();
        put(headers, STAGE, stage);
        put(headers, REASON, reason);
        put(headers, EXCEPTION, error.getClass().getName());
        put(headers, SOURCE_TOPIC, topic);
        put(headers, SOURCE_PARTITION, Integer.toString(partition));
        put(headers, SOURCE_OFFSET, Long.toString(offset));
        return headers;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
