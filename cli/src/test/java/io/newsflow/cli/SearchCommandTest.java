package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.embedded.TestServices;
import io.newsflow.sink.ArticleBulk;
import io.newsflow.sink.SearchStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/** {@code newsflow search} filters against a real OpenSearch node. */
class SearchCommandTest {
    private static final String INDEX = "news-articles-clitest";
    private static String url;

    @BeforeAll
    static void indexArticles() throws Exception {
        url = TestServices.openSearch().httpUrl();
        OpenSearchClient client = SearchStore.connect(url, null, null);
        ArticleBulk.installTemplate(client, INDEX);
        send(client, "POST", "/" + INDEX + "/_bulk?refresh=wait_for", """
                {"index":{"_id":"p1"}}
                {"title":"Washington at the river","fileName":"p1.txt","source":"p1.txt","published":"2017-11-20T00:00:00Z","body":"Washington crossed the <Delaware> & won.","people":["Washington"],"entities":[{"type":"PERSON","canonicalName":"Washington","mentions":[[0,10]]}]}
                {"index":{"_id":"l1"}}
                {"title":"Talks in Washington","fileName":"l1.txt","site":"BBC News","source":"BBC News","published":"2017-11-25T00:00:00Z","body":"Diplomats met in Washington.","places":["Washington"],"entities":[{"type":"LOCATION","canonicalName":"Washington","mentions":[[17,27]]}]}
                """);
    }

    @Test
    void filtersByEntityTypeSourceAndDate() {
        assertThat(search("--entity", "Washington")).contains("Washington at the river", "Talks in Washington");
        assertThat(search("--entity", "Washington", "--type", "PERSON"))
                .contains("Washington at the river").doesNotContain("Talks in Washington");
        assertThat(search("--type", "LOCATION")).contains("Talks in Washington").doesNotContain("at the river");
        assertThat(search("--source", "BBC News")).contains("Talks in Washington").doesNotContain("at the river");
        assertThat(search("--from", "2017-11-21", "Washington")).contains("Talks in Washington").doesNotContain("at the river");
        assertThat(search("--to", "2017-11-19")).contains("No articles match.");
    }

    @Test
    void snippetsPrintAsPlainTextWithMatchesInBrackets() {
        assertThat(search("Delaware")).contains("Washington crossed the <[Delaware]> & won.");
        assertThat(search("--size", "1", "--entity", "Washington")).contains("(1 of 2 articles; --size shows more)");
    }

    private static String search(String... args) {
        StringWriter out = new StringWriter();
        var cmd = Newsflow.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(out));
        String[] all = new String[args.length + 5];
        all[0] = "search";
        all[1] = "--opensearch";
        all[2] = url;
        all[3] = "--index";
        all[4] = INDEX;
        System.arraycopy(args, 0, all, 5, args.length);
        assertThat(cmd.execute(all)).as(out::toString).isZero();
        return out.toString();
    }

    private static void send(OpenSearchClient client, String method, String endpoint, String body) throws Exception {
        try (Response response = client.generic().execute(Requests.builder().method(method).endpoint(endpoint)
                .json(body).build())) {
            String answer = response.getBody().map(b -> new String(b.bodyAsBytes(), StandardCharsets.UTF_8)).orElse("");
            assertThat(response.getStatus()).as(answer).isBetween(200, 299);
            assertThat(answer).doesNotContain("\"errors\":true");
        }
    }
}
