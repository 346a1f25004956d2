package io.newsflow.sink.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.EntityType;
import io.newsflow.sink.SearchQuery;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageParametersTest {
    @Test
    void readsWordsEntityFiltersSourceAndDates() {
        PageParameters parameters = PageParameters.parse(
                "q=%22Islamic+State%22&person=Brett%20McGurk&entity=Raqqa&place=Raqqa&source=BBC+News&from=2017-11-01&to=&junk");
        SearchQuery query = parameters.query(20);
        assertThat(query.text()).isEqualTo("\"Islamic State\"");
        assertThat(query.entities()).containsExactly(new SearchQuery.EntityFilter("Brett McGurk", EntityType.PERSON),
                new SearchQuery.EntityFilter("Raqqa", null), new SearchQuery.EntityFilter("Raqqa", EntityType.LOCATION));
        assertThat(query.source()).isEqualTo("BBC News");
        assertThat(query.from()).isEqualTo(LocalDate.of(2017, 11, 1));
        assertThat(query.to()).isNull();
        assertThat(query.size()).isEqualTo(20);
        assertThat(parameters.filters()).extracting(Map.Entry::getKey)
                .containsExactly("person", "entity", "place", "source", "from");
    }

    @Test
    void linksAddOrDropOneFilterAndKeepTheRest() {
        PageParameters parameters = PageParameters.parse("q=syria&person=A&source=x");
        assertThat(parameters.linkWith("person", "B & C")).isEqualTo("/?q=syria&person=A&source=x&person=B+%26+C");
        assertThat(parameters.linkWith("person", "A")).isEqualTo("/?q=syria&person=A&source=x");
        assertThat(parameters.linkWith("source", "y")).isEqualTo("/?q=syria&person=A&source=y");
        assertThat(parameters.linkWithout("person", "A")).isEqualTo("/?q=syria&source=x");
        assertThat(PageParameters.parse(null).linkWith("place", "Raqqa")).isEqualTo("/?place=Raqqa");
    }

    @Test
    void aBadDateIsABadRequest() {
        assertThatThrownBy(() -> PageParameters.parse("from=yesterday").query(10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'from' must be a date");
    }
}
