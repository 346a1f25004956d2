package io.newsflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch.cluster.HealthResponse;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

class EmbeddedOpenSearchTest {
    private static final String HEAP = "384m";
    /** Several indices, so that a restarted node has some recovering to do before they are searchable. */
    private static final List<String> RESTARTED = List.of("news-restart", "news-restart-2", "news-restart-3");

    // one node for the class (each start costs several seconds); the restart test replaces it
    private static Path dataDir;
    private static EmbeddedOpenSearch openSearch;

    @BeforeAll
    static void startNode() {
        dataDir = TestServices.freshDir("opensearch");
        openSearch = EmbeddedOpenSearch.start(dataDir, 0, HEAP);
    }

    @AfterAll
    static void stopNode() {
        if (openSearch != null) {
            openSearch.close();
        }
    }

    @Test
    void findsNewsByStemmedWordsThroughTheEnglishAnalyzer() throws Exception {
        try (OpenSearchTransport transport = transport(openSearch)) {
            OpenSearchClient client = new OpenSearchClient(transport);
            createNewsIndex(client, "news-stemming");
            client.index(i -> i.index("news-stemming").id("1").refresh(Refresh.True)
                    .document(Map.of("title", "Rebel fighters escaped the siege of the old city")));

            // neither word appears as such in the document: only stemming makes both match
            SearchResponse<Map> found = client.search(s -> s.index("news-stemming")
                    .query(q -> q.match(m -> m.field("title").query(FieldValue.of("fighter escape")).operator(Operator.And))),
                    Map.class);

            assertThat(found.hits().hits()).extracting(hit -> hit.id()).containsExactly("1");
        }
    }

    @Test
    void keepsNewIndicesGreenWithoutReplicas() throws Exception {
        try (OpenSearchTransport transport = transport(openSearch)) {
            OpenSearchClient client = new OpenSearchClient(transport);
            createNewsIndex(client, "news-health");

            HealthResponse health = client.cluster().health(h -> h.index("news-health")
                    .waitForStatus(HealthStatus.Green).timeout(t -> t.time("10s")));

            assertThat(health.status()).isEqualTo(HealthStatus.Green);
        }
    }

    @Test
    void keepsIndicesAcrossRestartsOnTheSameDataFolder() throws Exception {
        try (OpenSearchTransport transport = transport(openSearch)) {
            OpenSearchClient client = new OpenSearchClient(transport);
            for (String index : RESTARTED) {
                createNewsIndex(client, index);
                client.index(i -> i.index(index).id("42").refresh(Refresh.True)
                        .document(Map.of("title", "Ceasefire holds for a second day")));
            }
        }

        openSearch.close();
        openSearch = EmbeddedOpenSearch.start(dataDir, 0, HEAP);

        // searchable as soon as start returns: `newsflow run` then says it is running
        try (OpenSearchTransport transport = transport(openSearch)) {
            for (String index : RESTARTED) {
                assertThat(new OpenSearchClient(transport).count(c -> c.index(index)).count()).as(index).isEqualTo(1);
            }
            GetResponse<Map> kept = new OpenSearchClient(transport).get(g -> g.index("news-restart").id("42"), Map.class);
            assertThat(kept.found()).isTrue();
            assertThat(kept.source()).containsEntry("title", "Ceasefire holds for a second day");
        }
    }

    @Test
    void refusesAPortThatIsTakenAndNamesIt() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> EmbeddedOpenSearch.start(TestServices.freshDir("opensearch"), port, HEAP))
                    .isInstanceOf(ServiceStartException.class)
                    .hasMessageContaining("127.0.0.1:" + port);
        }
    }

    private static void createNewsIndex(OpenSearchClient client, String index) throws IOException {
        client.indices().create(c -> c.index(index)
                .mappings(m -> m.properties("title", p -> p.text(t -> t.analyzer("english")))));
    }

    private static OpenSearchTransport transport(EmbeddedOpenSearch node) throws URISyntaxException {
        return ApacheHttpClient5TransportBuilder.builder(HttpHost.create(node.httpUrl()))
                .setMapper(new JacksonJsonpMapper())
                .build();
    }
}
