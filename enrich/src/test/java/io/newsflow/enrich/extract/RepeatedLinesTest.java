package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines a page repeats (captions, bylines) are furniture; what counts as the same line. */
class RepeatedLinesTest {

    private static final String PROSE = "The council voted on Tuesday to close the bridge for repairs, and the work is to begin in the spring.";

    private static LineKind kind(List<String> lines, int index) {
        LineClassifier classifier = new LineClassifier(lines);
        return classifier.classify(index, lines.get(index), classifier.words(index));
    }

    @Test
    void aCaptionRepeatedWithItsCreditGluedOnIsFurniture() {
        List<String> lines = List.of("Workers on the old bridge at dawn", PROSE, "Workers on the old bridge at dawnCredit: AP");
        assertThat(kind(lines, 0)).isEqualTo(LineKind.BOILERPLATE);
        assertThat(kind(lines, 2)).isEqualTo(LineKind.BOILERPLATE);
    }

    @Test
    void caseAndPunctuationDoNotMakeALineNew() {
        List<String> lines = List.of("Photo: Jane Doe", PROSE, "PHOTO - JANE DOE");
        assertThat(kind(lines, 0)).isEqualTo(LineKind.BOILERPLATE);
    }

    @Test
    void sectionRulesOfUnderscoresAreNoRepeat() {
        List<String> lines = List.of(PROSE, "___", "HOW WILL OBAMA PLAY?", "___", PROSE.replace("Tuesday", "Monday"));
        assertThat(kind(lines, 1)).isNotEqualTo(LineKind.BOILERPLATE);
    }
}
