package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemSetTest {

    @Test
    void holdsWhatWasAddedOnceEach() {
        StemSet stems = new StemSet();
        stems.add(42);
        stems.add(-7);
        stems.add(42);
        assertThat(stems.size()).isEqualTo(2);
        assertThat(stems.contains(42)).isTrue();
        assertThat(stems.contains(-7)).isTrue();
        assertThat(stems.contains(43)).isFalse();
    }

    @Test
    void growsPastItsFirstSlotsAndKeepsEveryStem() {
        StemSet stems = new StemSet();
        for (long stem = 1; stem <= 1000; stem++) {
            stems.add(stem * 0x9E3779B97F4A7C15L);
        }
        assertThat(stems.size()).isEqualTo(1000);
        for (long stem = 1; stem <= 1000; stem++) {
            assertThat(stems.contains(stem * 0x9E3779B97F4A7C15L)).isTrue();
        }
        assertThat(stems.contains(1001 * 0x9E3779B97F4A7C15L)).isFalse();
    }

    @Test
    void aStemHashingToNoughtIsHeldToo() {
        StemSet stems = new StemSet();
        stems.add(0);
        assertThat(stems.contains(0)).isTrue();
        assertThat(stems.size()).isEqualTo(1);
    }
}
