package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void guessesFromFunctionWords() {
        assertThat(LanguageGuesser.guess("The minister said that the talks in Geneva would go on for a week."))
                .isEqualTo("en");
        assertThat(LanguageGuesser.guess("Der Minister sagte, dass die Gespräche in Genf noch eine Woche dauern."))
                .isEqualTo("de");
        assertThat(LanguageGuesser.guess("Le ministre a dit que les discussions de Genève sont pour une semaine."))
                .isEqualTo("fr");
        assertThat(LanguageGuesser.guess("El ministro dijo que las conversaciones en Ginebra son para una semana."))
                .isEqualTo("es");
    }

    @Test
    void guessesFromScript() {
        assertThat(LanguageGuesser.guess("הקלטות מעזוז את תוכניתו של חבר הכנסת")).isEqualTo("he");
        assertThat(LanguageGuesser.guess("قال الوزير إن المحادثات ستستمر")).isEqualTo("ar");
    }

    @Test
    void tooLittleTextIsUnknown() {
        assertThat(LanguageGuesser.guess("Print E-mail")).isNull();
    }
}
