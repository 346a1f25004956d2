package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BulkBodyTest {
    @Test
    void anItemIsAnActionLineAndItsDocument() {
        BulkBody.Item item = BulkBody.item("news-articles", "a\"1", Map.of("title", "Raqqa"));
        assertThat(new String(item.lines(), StandardCharsets.UTF_8))
                .isEqualTo("{\"index\":{\"_index\":\"news-articles\",\"_id\":\"a\\\"1\"}}\n{\"title\":\"Raqqa\"}\n");
    }

    @Test
    void requestsStayWithinTheCountAndTheBytes() {
        BulkBody.Item small = new BulkBody.Item("s", new byte[100]);
        BulkBody.Item big = new BulkBody.Item("b", new byte[1000]);
        Function<BulkBody.Item, BulkBody.Item> same = Function.identity();
        assertThat(BulkBody.split(List.of(small, small, small, small, small), same, 2, 10_000))
                .extracting(List::size).containsExactly(2, 2, 1);
        assertThat(BulkBody.split(List.of(small, small, small, big, small), same, 100, 250))
                .as("bytes; an item over the limit goes alone").extracting(List::size).containsExactly(2, 1, 1, 1);
        assertThat(BulkBody.split(List.of(), same, 10, 10)).isEmpty();
        assertThat(BulkBody.of(List.of(small, big), same)).hasSize(1100);
    }
}
