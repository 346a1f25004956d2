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
        "ſhare"})
    void aTextThePatternMatchesMayMatch(String text) {
        assertThat(new MatchStarts(LABEL).mayMatch(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read m", "Sh", "A", ""})
    void aStartThePatternCouldStillGoOnFromMayMatch(String text) {
        assertThat(new MatchStarts(LABEL).mayMatch(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The weather", "Snow falls", "1st comment", "Ax", "Readers say", "Новости", "\u212Aeep"})
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

    @Test
    void aFirstCharacterBeyondAsciiIsAskedOfThePattern() {
        MatchStarts starts = new MatchStarts(Pattern.compile("^\\p{Lu}\\p{L}+ says:$"));
        assertThat(starts.mayMatch("Žofie says:")).isTrue();
        assertThat(starts.mayMatch("žofie says:")).isFalse();
        // a character beyond the BMP takes two chars, the first of which cannot tell
        assertThat(starts.mayMatch("\uD835\uDC00bc says:")).isTrue();
    }
}
