package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyFlagsTest {

    @Test
    void eachLineIsTestedOnceAndOnlyWhenAsked() {
        AtomicInteger asked = new AtomicInteger();
        LazyFlags even = new LazyFlags(4, line -> {
            asked.incrementAndGet();
            return line % 2 == 0;
        });
        assertThat(asked).hasValue(0);
        assertThat(even.test(2)).isTrue();
        assertThat(even.test(2)).isTrue();
        assertThat(even.test(3)).isFalse();
        assertThat(even.test(3)).isFalse();
        assertThat(asked).hasValue(2);
    }
}
