package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchStartsTest {

    private static final Pattern LABEL = Pattern.compile("^(?:read more|share\\b|\\d+ comments|(?:ap|afp)$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @ParameterizedTest
    @ValueSource(strings = {"Read more", "READ MORE about it", "share", "Share this", "12 comments", "AP", "afp",
        "ſhare", "\u212Aeep"})
    void aTextThePatternMatchesOrThatStartsBeyondAsciiMayMatch(String text) {
        assertThat(new MatchStarts(LABEL).mayMatch(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read m", "Sh", "A", ""})
    void aStartThePatternCouldStillGoOnFromMayMatch(String text) {
        assertThat(new MatchStarts(LABEL).mayMatch(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The weather", "Snow falls", "1st comment", "Ax", "Readers say"})
    void aStartNoMatchCanHaveIsRuledOut(String text) {
        assertThat(new MatchStarts(LABEL).mayMatch(text)).isFalse();
    }

    @Test
    void theAnswerForAStartIsRemembered() {
        MatchStarts starts = new MatchStarts(LABEL);
        assertThat(starts.mayMatch("Thursday")).isFalse();
        assertThat(starts.mayMatch("The end")).isFalse();
        assertThat(starts.mayMatch("Share on")).isTrue();
        // the answer for "Share", asked for "Share on", stands for every text that starts so
        assertThat(starts.mayMatch("Share it")).isTrue();
    }

    @Test
    void furtherCharactersRuleOutWhatTwoCannot() {
        MatchStarts starts = new MatchStarts(LABEL);
        assertThat(starts.mayMatch("Share")).isTrue();
        assertThat(starts.mayMatch("Shut down")).isFalse();
        assertThat(starts.mayMatch("Shark attack")).isFalse();
        assertThat(starts.mayMatch("Shé")).isTrue();
    }
}
