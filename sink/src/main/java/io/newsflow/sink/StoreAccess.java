package io.newsflow.sink;

import io.newsflow.schemas.topics.ServiceAccess;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.opensearch.client.transport.httpclient5.ResponseException;

/** The store refusing who we are or how we talk (credentials, TLS): told with the settings to fix, since waiting does not heal it. */
public final class StoreAccess {
    private StoreAccess() {
    }

    /** Why the store at {@code url} refused, if {@code error} is such a refusal. */
    public static Optional<String> refusal(Throwable error, String url) {
        String shown = ServiceAccess.withoutUserInfo(url);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ResponseException response) {
                int status = response.status();
                if (status == 401) {
                    return Optional.of("OpenSearch at " + shown + " refused our credentials (HTTP 401): check"
                            + " opensearch.username and opensearch.password (or env NEWSFLOW_OPENSEARCH_USERNAME and"
                            + " NEWSFLOW_OPENSEARCH_PASSWORD).");
                }
                if (status == 403) {
                    return Optional.of("OpenSearch at " + shown + " does not allow the user of opensearch.username"
                            + " this (HTTP 403): grant it access to the index and its template, or use another user.");
                }
            }
            if (t instanceof SSLException) {
                return Optional.of("The TLS handshake with OpenSearch at " + shown + " failed (" + t.getMessage()
                        + "): check opensearch.url (https on a plain HTTP port fails so) and opensearch.tls.ca.file.");
            }
        }
        return Optional.empty();
    }
}
