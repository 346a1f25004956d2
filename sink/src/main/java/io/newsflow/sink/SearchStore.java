package io.newsflow.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * Opens an {@link OpenSearchClient} for an endpoint URL (http or https), with basic auth when a user is
 * given and, for https, trusting a given CA file instead of the JVM's defaults (self-signed clusters).
 */
public final class SearchStore {
    private SearchStore() {
    }

    public static OpenSearchClient connect(String url, String username, String password) {
        return connect(url, username, password, null);
    }

    /** As {@link #connect(String, String, String)}, trusting only the PEM certificates in {@code trustedCa} if not null. */
    public static OpenSearchClient connect(String url, String username, String password, Path trustedCa) {
        URI uri = URI.create(url);
        HttpHost host = new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort());
        if ((username == null || username.isBlank()) && uri.getUserInfo() != null) {
            // user:password in the URL: used as basic auth, never shown (messages use the host alone)
            String[] userInfo = uri.getUserInfo().split(":", 2);
            username = userInfo[0];
            password = userInfo.length > 1 ? userInfo[1] : "";
        }
        ApacheHttpClient5TransportBuilder transport = ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper());
        BasicCredentialsProvider credentials = null;
        if (username != null && !username.isBlank()) {
            credentials = new BasicCredentialsProvider();
            credentials.setCredentials(new AuthScope(host),
                    new UsernamePasswordCredentials(username, password == null ? new char[0] : password.toCharArray()));
        }
        SSLContext tls = trustedCa == null ? null : trusting(trustedCa);
        BasicCredentialsProvider auth = credentials;
        transport.setHttpClientConfigCallback(client -> {
            if (auth != null) {
                client.setDefaultCredentialsProvider(auth);
            }
            if (tls != null) {
                client.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls).buildAsync()).build());
            }
            return client;
        });
        return new OpenSearchClient(transport.build());
    }

    /** A client with the sink's connection settings: URL, user and password, CA file. */
    public static OpenSearchClient connect(SinkConfig config) {
        return connect(config.originals());
    }

    /**
     * A client from the store settings among {@code settings} (opensearch.url, opensearch.username,
     * opensearch.password, opensearch.tls.ca.file). The command line reads them from the environment too.
     */
    public static OpenSearchClient connect(Map<String, ?> settings) {
        AbstractConfig config = new AbstractConfig(SinkConfig.STORE, settings, false);
        String ca = config.getString(SinkConfig.OPENSEARCH_TLS_CA_FILE);
        return connect(config.getString(SinkConfig.OPENSEARCH_URL), config.getString(SinkConfig.OPENSEARCH_USERNAME),
                config.getPassword(SinkConfig.OPENSEARCH_PASSWORD).value(), ca.isBlank() ? null : Path.of(ca));
    }

    private static SSLContext trusting(Path pemFile) {
        try (InputStream in = Files.newInputStream(pemFile)) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trusted.setCertificateEntry("ca-" + n++, certificate);
            }
            if (n == 0) {
                throw new IllegalArgumentException("No PEM certificate in " + pemFile);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CA file " + pemFile + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot use the CA file " + pemFile + ": " + e.getMessage(), e);
        }
    }
}
