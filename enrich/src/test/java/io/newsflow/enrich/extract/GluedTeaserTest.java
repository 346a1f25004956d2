package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GluedTeaserTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left Ruth's Chris Steakhouse.",
        "Police: 2 In Custody After Death Of U of M-Dearborn Student-AthleteA 24-year-old woman and a 28-year-old man.",
        "Michigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will mail applications."})
    void aTitleCaseHeadlineGluedToASentenceIsATeaser(String line) {
        assertThat(GluedTeaser.isTeaser(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The new 16-inch MacBook Pro features a redesigned scissor switch keyboard.",
        "Rakuten offers the latest Apple AirPods with wireless charging case for $150.",
        "Syrian Deputy Foreign Minister Faisal Mekdad confirmed that such contacts are taking place."})
    void brandNamesAndPlainSentencesAreNot(String line) {
        assertThat(GluedTeaser.isTeaser(line)).isFalse();
    }

    @Test
    void aListOfGluedTeasersIsDroppedFromATextDump() {
        String dump = """
                Weekend storm closes roads across the county
                Heavy snow closed more than forty roads across the county on Saturday, and the police asked drivers to stay at home until the ploughs had cleared the main routes.
                The county said its crews would work through the night, but warned that side streets might not be passable before Monday morning at the earliest.
                Schools will decide on Sunday evening whether to open, a spokesman for the education board said on Saturday afternoon.
                Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left Ruth's Chris Steakhouse in Troy without paying for their dinner, the police said.
                Michigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will mail 250,000 applications to residents chosen at random this week.
                """;
        String body = new ArticleExtractor().extract("x.txt", "text/plain", dump).get(0).body();
        assertThat(body).contains("Schools will decide").doesNotContain("Steakhouse", "Redistricting");
    }
}
