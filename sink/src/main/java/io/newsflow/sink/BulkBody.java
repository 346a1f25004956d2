package io.newsflow.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Bulk index requests as OpenSearch reads them (NDJSON: an action line, then the document), cut to at
 * most {@code maxDocs} documents and {@code maxBytes} bytes each. The sink serialises each document
 * once, so what it counts is exactly what it sends.
 */
final class BulkBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BulkBody() {
    }

    /** One document's two lines. */
    record Item(String id, byte[] lines) {
    }

    static Item item(String index, String id, Map<String, Object> document) {
        try {
            Map<String, String> target = new java.util.LinkedHashMap<>();
            target.put("_index", index);
            target.put("_id", id);
            String action = JSON.writeValueAsString(Map.of("index", target));
            byte[] actionLine = (action + "\n").getBytes(StandardCharsets.UTF_8);
            byte[] source = JSON.writeValueAsBytes(document);
            byte[] lines = new byte[actionLine.length + source.length + 1];
            System.arraycopy(actionLine, 0, lines, 0, actionLine.length);
            System.arraycopy(source, 0, lines, actionLine.length, source.length);
            lines[lines.length - 1] = '\n';
            return new Item(id, lines);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Article " + id + " cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Consecutive runs of {@code items} within both limits; an item larger than {@code maxBytes} goes alone. */
    static <T> List<List<T>> split(List<T> items, Function<T, Item> item, int maxDocs, long maxBytes) {
        List<List<T>> requests = new ArrayList<>();
        List<T> current = new ArrayList<>();
        long bytes = 0;
        for (T next : items) {
            int size = item.apply(next).lines().length;
            if (!current.isEmpty() && (current.size() >= maxDocs || bytes + size > maxBytes)) {
                requests.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(next);
            bytes += size;
        }
        if (!current.isEmpty()) {
            requests.add(current);
        }
        return requests;
    }

    static <T> byte[] of(List<T> items, Function<T, Item> item) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        items.forEach(next -> body.writeBytes(item.apply(next).lines()));
        return body.toByteArray();
    }
}
