package io.newsflow.sink;

import java.net.URI;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** Opens an {@link OpenSearchClient} for an endpoint URL, with basic auth when a user is given. */
public final class SearchStore {
    private SearchStore() {
    }

    public static OpenSearchClient connect(String url, String username, String password) {
        URI uri = URI.create(url);
        HttpHost host = new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort());
        ApacheHttpClient5TransportBuilder transport = ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper());
        if (username != null && !username.isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(new AuthScope(host),
                    new UsernamePasswordCredentials(username, password == null ? new char[0] : password.toCharArray()));
            transport.setHttpClientConfigCallback(client -> client.setDefaultCredentialsProvider(credentials));
        }
        return new OpenSearchClient(transport.build());
    }

    static OpenSearchClient connect(SinkConfig config) {
        String user = config.getString(SinkConfig.OPENSEARCH_USERNAME);
        String password = config.getPassword(SinkConfig.OPENSEARCH_PASSWORD).value();
        return connect(config.getString(SinkConfig.OPENSEARCH_URL),
                user.isBlank() ? System.getenv("NEWSFLOW_OPENSEARCH_USERNAME") : user,
                password.isEmpty() ? System.getenv("NEWSFLOW_OPENSEARCH_PASSWORD") : password);
    }
}
