package io.newsflow.sink.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.embedded.TestServices;
import io.newsflow.sink.SearchStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The page's HTTP side: statuses, headers, the loopback default, an unreachable store. */
class SearchPageTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersSearchesAndRefusesWhatItCannotServe() throws Exception {
        try (SearchPage page = SearchPage.start(SearchStore.connect(TestServices.openSearch().httpUrl(), null, null),
                "news-articles-pagetest-empty", "127.0.0.1", 0)) {
            assertThat(page.url()).startsWith("http://127.0.0.1:");
            HttpResponse<String> home = get(page.url() + "?q=%3Cb%3E");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).startsWith("default-src 'none'"));
            assertThat(home.body()).contains("value=\"&lt;b&gt;\"").contains("0 articles");

            assertThat(get(page.url() + "article?id=nope").statusCode()).isEqualTo(404);
            assertThat(get(page.url() + "article").statusCode()).isEqualTo(400);
            HttpResponse<String> badDate = get(page.url() + "?from=%3Cscript%3E");
            assertThat(badDate.statusCode()).isEqualTo(400);
            assertThat(badDate.body()).contains("&lt;script&gt;").doesNotContain("<script>");
            assertThat(get(page.url() + "admin").statusCode()).isEqualTo(404);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(page.url())).POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
        }
    }

    @Test
    void saysSoWhenTheStoreIsDown() throws Exception {
        try (SearchPage page = SearchPage.start(SearchStore.connect("http://127.0.0.1:9", null, null),
                "news-articles", "127.0.0.1", 0)) {
            HttpResponse<String> answer = get(page.url());
            assertThat(answer.statusCode()).isEqualTo(502);
            assertThat(answer.body()).contains("The search store did not answer");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
