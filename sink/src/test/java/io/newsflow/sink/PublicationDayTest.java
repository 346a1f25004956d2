package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicationDayTest {

    @Test
    void aFoundDateShowsAsItsDay() {
        assertThat(PublicationDay.of("2017-12-08T00:00:00Z", "FOOTER")).isEqualTo("2017-12-08");
    }

    @Test
    void theIngestTimeStandingInForAMissingDateSaysSo() {
        assertThat(PublicationDay.of("2026-12-02T15:26:51.120Z", "INGEST_TIME"))
                .isEqualTo("2026-12-02 (ingested; the file gives no date)");
    }

    @Test
    void noDateIsUndated() {
        assertThat(PublicationDay.of(null, "NONE")).isEqualTo("undated");
    }
}
