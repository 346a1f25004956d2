package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedPrefixTest {

    @Test
    void imageFileNameIsCut() {
        assertThat(GluedPrefix.repair("c_330_235_16777215_0___images_stories_edim_01_Syria99(16).jpgEuropean "
                + "security officials are working.", "en")).isEqualTo("European security officials are working.");
    }

    @Test
    void multiWordAltTextIsCut() {
        assertThat(GluedPrefix.repair("Islamic State convoy in SyriaA senior former commander said.", "en"))
                .isEqualTo("A senior former commander said.");
        assertThat(GluedPrefix.repair("Saudi security forcesOfficials in Saudi Arabia said.", "en"))
                .isEqualTo("Officials in Saudi Arabia said.");
    }

    @Test
    void singleGluedWordIsCutOnlyBeforeAFunctionWord() {
        assertThat(GluedPrefix.repair("LafargeHolcimThe world’s largest building materials maker.", "en"))
                .isEqualTo("The world’s largest building materials maker.");
        assertThat(GluedPrefix.repair("McDonald's said on Monday it would close stores.", "en"))
                .isEqualTo("McDonald's said on Monday it would close stores.");
        assertThat(GluedPrefix.repair("iPhone sales fell in the quarter.", "en"))
                .isEqualTo("iPhone sales fell in the quarter.");
    }

    @Test
    void prefixWithSentencePunctuationIsNotALabel() {
        String line = "He said. ThenThe rest of it followed.";
        assertThat(GluedPrefix.repair(line, "en")).isEqualTo(line);
    }

    @Test
    void ordinaryFirstSentenceIsUntouched() {
        String line = "The report was published last week in the American magazine Vanity Fair.";
        assertThat(GluedPrefix.repair(line, "en")).isEqualTo(line);
    }
}
