package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrappedLinesTest {

    @Test
    void aParagraphWrappedWithLineBreaksBecomesOneLine() {
        String dump = """
                Veteran Nollywood actress, Kate Henshaw, who in 2008, won the
                Africa Movie Academy Award for Best Actress in a Leading Role, has taken
                to her Instagram page to share some stunning photos of herself.

                She flaunted her hand bag which had the colours of the Nigerian
                flag. The 47 year old was one of the guests invited to an event by media
                mogul, Debola Lagos.
                """;
        assertThat(WrappedLines.of(dump)).containsExactly(
                "Veteran Nollywood actress, Kate Henshaw, who in 2008, won the Africa Movie Academy Award for Best"
                        + " Actress in a Leading Role, has taken to her Instagram page to share some stunning photos"
                        + " of herself.",
                "She flaunted her hand bag which had the colours of the Nigerian flag. The 47 year old was one of"
                        + " the guests invited to an event by media mogul, Debola Lagos.");
    }

    @Test
    void menusHeadlinesAndWidgetRowsStayApart() {
        String dump = """
                Entertainment
                Latest News
                Western spy agencies contact Syria for fighting terrorists
                Font Size Larger Font Smaller Font
                c_330_235_16777215_0___images_stories_edim_01_Syria99(16).jpgEuropean security officials are working.
                """;
        assertThat(WrappedLines.of(dump)).hasSize(5);
    }

    @Test
    void aTimeZoneInCapitalsIsNoFunctionWordThatGoesOn() {
        String dump = """
                Updated 10:31 AM ET
                Washington (CNN) The president said on Tuesday that he would veto the bill.
                Le président et
                la ministre ont parlé.
                """;
        assertThat(WrappedLines.of(dump)).containsExactly("Updated 10:31 AM ET",
                "Washington (CNN) The president said on Tuesday that he would veto the bill.", "Le président et la ministre ont parlé.");
    }

    @Test
    void oddSpacesAndTabsOnAnyLineOfThePageAreNormalised() {
        String dump = "A plain line\n\nTabs\tand\u00A0no-break  spaces\n\n  Indented  ";
        assertThat(WrappedLines.of(dump)).containsExactly("A plain line", "Tabs and no-break spaces", "Indented");
    }

    @Test
    void aPlainPageIsOnlyStripped() {
        assertThat(TextNormalizer.isPlain("One line\n\n Another line \n")).isTrue();
        assertThat(TextNormalizer.isPlain("Two  spaces")).isFalse();
        assertThat(TextNormalizer.isPlain("Windows\r\nbreaks")).isFalse();
        assertThat(TextNormalizer.isPlain("zero\u200Bwidth")).isFalse();
    }
}
