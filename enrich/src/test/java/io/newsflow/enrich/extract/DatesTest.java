package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final Instant DEC_8_2017 = Instant.parse("2017-12-08T00:00:00Z");

    @Test
    void readsTheWrittenFormsNewsPagesUse() {
        assertThat(Dates.find("December 8, 2017")).isEqualTo(DEC_8_2017);
        assertThat(Dates.find("Dec. 8, 2017")).isEqualTo(DEC_8_2017);
        assertThat(Dates.find("08 December 2017")).isEqualTo(DEC_8_2017);
        assertThat(Dates.find("8th of December, 2017")).isEqualTo(DEC_8_2017);
        assertThat(Dates.find("2017-12-08")).isEqualTo(DEC_8_2017);
    }

    @Test
    void takesTheFirstDateInTheText() {
        assertThat(Dates.find("Chris Davies - Nov 19, 2019, updated 2019-11-21")).isEqualTo(
                Instant.parse("2019-11-19T00:00:00Z"));
    }

    @Test
    void machineTimestampsKeepTimeAndZone() {
        assertThat(Dates.parseMachine("2017-12-08T10:30:00+02:00")).isEqualTo(Instant.parse("2017-12-08T08:30:00Z"));
        assertThat(Dates.parseMachine("2017-12-08T10:30:00+0200")).isEqualTo(Instant.parse("2017-12-08T08:30:00Z"));
        assertThat(Dates.parseMachine("2017-12-08T10:30:00")).isEqualTo(Instant.parse("2017-12-08T10:30:00Z"));
        assertThat(Dates.parseMachine("2017-12-08")).isEqualTo(DEC_8_2017);
    }

    @Test
    void noDateGivesNull() {
        assertThat(Dates.find("The BBC reported on November 13 that the convoy was 4 miles long")).isNull();
        assertThat(Dates.find("February 30, 2017")).isNull();
        assertThat(Dates.parseMachine("")).isNull();
        assertThat(Dates.parseMachine(null)).isNull();
    }

    @Test
    void aPlaceholderDateInMetadataIsNoDate() {
        assertThat(Dates.parseMachine("0001-01-01T00:00:00")).isNull();
        assertThat(Dates.parseMachine("1970-01-01T00:00:00Z")).isNull();
    }
}
