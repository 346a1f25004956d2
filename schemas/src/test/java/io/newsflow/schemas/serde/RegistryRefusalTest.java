package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.embedded.TestServices;
import io.newsflow.schemas.topics.ServiceAccess;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A registry that refuses our credentials or our TLS: the stage learns it with one request, and the
 * message names the setting to fix and never the password. The embedded Apicurio has no auth, so a
 * JDK HTTP server stands in for a registry that checks it; TLS is tried on Apicurio's plain port.
 */
class RegistryRefusalTest {
    private static final String SECRET = "s3cret-registry-pw";
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer refusing;
    private String url;

    @BeforeEach
    void startARegistryThatRefusesEveryone() throws Exception {
        refusing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        refusing.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = "{\"error_code\":40101,\"message\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"registry\"");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        refusing.start();
        url = "http://127.0.0.1:" + refusing.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        refusing.stop(0);
    }

    @Test
    void wrongCredentialsAreRefusedAtOnceNamingBasicAuthUserInfo() {
        assertThatThrownBy(() -> ServiceAccess.checkRegistry(Map.of(AvroSerdeConfig.BASIC_AUTH_USER_INFO, "news:" + SECRET), url))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("refused our credentials: check basic.auth.user.info")
                .hasMessageNotContaining(SECRET);
        assertThat(authorizations).as("one request, no retries").hasSize(1);
        assertThat(authorizations.get(0)).isEqualTo(basic("news:" + SECRET));
    }

    @Test
    void credentialsInTheUrlAreSentAsBasicAuthAndNeverShown() {
        String withUser = url.replace("http://", "http://news:" + SECRET + "@");
        SchemaRegistryClient client = new SchemaRegistryClient(withUser, null);

        assertThatThrownBy(client::checkAccess).hasMessageContaining("basic.auth.user.info").hasMessageNotContaining(SECRET);
        assertThat(client.baseUrl()).isEqualTo(url);
        assertThat(authorizations).containsExactly(basic("news:" + SECRET));
    }

    @Test
    void httpsOnAPlainHttpPortIsRefusedNamingTheRegistryUrl() {
        String https = TestServices.registry().url().replace("http://", "https://");

        assertThatThrownBy(() -> ServiceAccess.checkRegistry(Map.of(AvroSerdeConfig.BASIC_AUTH_USER_INFO, "news:" + SECRET), https))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("TLS handshake")
                .hasMessageContaining("schema.registry.url")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aRegistryThatIsNotUpYetDoesNotStopAStage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatCode(() -> ServiceAccess.checkRegistry(Map.of(), "http://127.0.0.1:" + closedPort))
                .doesNotThrowAnyException();
    }

    private static String basic(String userInfo) {
        return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }
}
