package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    private final Literals literals = new Literals(List.of("news agency", "agency", "he", "she", "hers"));

    @Test
    void everyLiteralInTheTextIsFoundOverlapsIncluded() {
        assertThat(literals.in("ushers")).isEqualTo(0b11100);
        assertThat(literals.in("Reuters is a news agency")).isEqualTo(0b00011);
        assertThat(literals.in("no match here")).isEqualTo(0b00100);
        assertThat(literals.in("")).isZero();
    }

    @Test
    void asciiLettersMatchInAnyCase() {
        assertThat(literals.in("NEWS Agency")).isEqualTo(0b00011);
    }

    @Test
    void aCharacterBeyondAsciiBreaksAMatch() {
        assertThat(literals.in("news\u00A0agency")).isEqualTo(0b00010);
        assertThat(literals.in("sh\u00E9")).isZero();
    }

    @Test
    void punctuationInLiteralsIsMatchedAndOtherPunctuationBreaksAMatch() {
        Literals marks = new Literals(List.of("s/", "credit:", "follow @"));
        assertThat(marks.in("REUTERS/Brendan McDermid")).isEqualTo(0b001);
        assertThat(marks.in("Credit: AP; follow @ap")).isEqualTo(0b110);
        assertThat(marks.in("credit; follow #ap")).isZero();
    }

    @Test
    void literalsMustBeLowerCaseAscii() {
        assertThatThrownBy(() -> new Literals(List.of("Agency"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Literals(List.of("café"))).isInstanceOf(IllegalArgumentException.class);
    }
}
