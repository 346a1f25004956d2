package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Furniture around the article that its wording gives away: author boxes, prompts, links to other stories. */
class PageFurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "About Jane Doe",
        "Über Moritz Bachmann",
        "Jane Doe is a freelance writer based in Harbour City. Her work has appeared in a number of publications.",
        "Julius is an Entertainment Reporter for the Harbour Gazette.",
        "Have a tip? Ann Poe may be reached at apoe@example.com. Follow her on Twitter or on Facebook.",
        "John Roe contributed reporting from Hong Kong.",
        "Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing",
        "[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]",
        "Also on rt.com",
        "[Watch: the bridge closes for the winter]",
        "BLACK DEATH PLAGUE fears: Holidaymakers die after eating marmot [INSIGHT]",
        "Want more deals? Join the Harbour Deals Newsletter.",
        "No spam, we promise. You can unsubscribe at any time and we'll never share your details.",
        "Keep an eye on your inbox for the latest sports news.",
        "Enter City and State or Zip Code",
        // a phrase is tried wherever its first words stand, not only where they first do
        "Comment on this story: comments are closed.",
        "Apple logo, Apple TV, App Store, iPad, iPhone, and iPod touch are registered trademarks of Apple Inc."})
    void isFurniture(String line) {
        assertThat(BoilerplatePhrases.isBoilerplate(line, Words.of(line), "en")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "About this rating",
        "About the study",
        "Enter the dragon: the film that made Bruce Lee a star",
        "The firm is a leading producer of steel in the region, and it employs 4,000 people.",
        "The minister said more talks would follow: the next round is planned for March."})
    void isNot(String line) {
        assertThat(BoilerplatePhrases.isBoilerplate(line, Words.of(line), "en")).isFalse();
    }
}
