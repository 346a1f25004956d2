package io.newsflow.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsflow.embedded.TestServices;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A stage whose TLS or SASL settings the broker's listener does not speak stops at its first
 * contact with one message that names the settings, instead of retrying in the background.
 */
class BrokerRefusalTest {
    private static final String SECRET = "s3cret-kafka-pw";
    /** Shorter than a stage's wait, which only makes the message come later. */
    private static final int ANSWER_SECONDS = 6;
    private final String bootstrap = TestServices.kafka().bootstrapServers();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger kafkaLogs = (Logger) LoggerFactory.getLogger("org.apache.kafka");
    private Level kafkaLevel;

    @BeforeEach
    void captureKafkaClientLogs() {
        kafkaLevel = kafkaLogs.getLevel();
        kafkaLogs.setLevel(Level.INFO);
        logged.start();
        kafkaLogs.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        kafkaLogs.detachAppender(logged);
        kafkaLogs.setLevel(kafkaLevel);
    }

    @Test
    void aTlsClientOnThePlaintextListenerStopsWithAMessageNamingSecurityProtocol(@TempDir Path dir) throws Exception {
        Map<String, String> access = Map.of(ServiceAccess.SECURITY_PROTOCOL, "SSL",
                "ssl.truststore.location", trustStore(dir).toString(), "ssl.truststore.password", SECRET);

        assertThatThrownBy(() -> NewsTopics.ensure(bootstrap, access, List.of("refusal-tls"), new TopicLayout(1, TopicLayout.BROKER_DEFAULT), Map.of(), ANSWER_SECONDS))
                .isInstanceOf(KafkaException.class)
                .hasMessageContaining("security.protocol=SSL")
                .hasMessageContaining("does security.protocol match the broker's listener")
                .hasMessageNotContaining(SECRET);
        assertThat(loggedText()).doesNotContain(SECRET);
        // the client backs off between attempts (up to 1 s), it does not hammer the broker
        assertThat(logged.list.stream().filter(e -> e.getFormattedMessage().contains("terminated during authentication")))
                .hasSizeLessThanOrEqualTo(3 * ANSWER_SECONDS);
    }

    @Test
    void aSaslClientOnThePlaintextListenerStopsWithAMessageNamingSecurityProtocol() {
        Map<String, String> access = Map.of(ServiceAccess.SECURITY_PROTOCOL, "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"news\" password=\"" + SECRET + "\";");

        assertThatThrownBy(() -> NewsTopics.ensure(bootstrap, access, List.of("refusal-sasl"), new TopicLayout(1, TopicLayout.BROKER_DEFAULT), Map.of(), ANSWER_SECONDS))
                .isInstanceOf(KafkaException.class)
                .hasMessageContaining("security.protocol=SASL_PLAINTEXT")
                .hasMessageNotContaining(SECRET);
        assertThat(loggedText()).doesNotContain(SECRET);
    }

    /** The JDK's trusted CAs, stored under our secret password. */
    private static Path trustStore(Path dir) throws Exception {
        KeyStore cas = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("java.home"), "lib", "security", "cacerts"))) {
            cas.load(in, "changeit".toCharArray());
        }
        Path file = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            cas.store(out, SECRET.toCharArray());
        }
        return file;
    }

    private String loggedText() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : logged.list) {
            text.append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                text.append(event.getThrowableProxy().getMessage()).append('\n');
            }
        }
        return text.toString();
    }
}
