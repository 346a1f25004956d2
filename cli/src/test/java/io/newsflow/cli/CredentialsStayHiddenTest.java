package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.embedded.TestServices;
import io.newsflow.sink.ArticleSink;
import io.newsflow.sink.SinkConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * With a password in every place one can be given (OpenSearch, the registry's basic auth, Kafka's
 * SASL JAAS line, user info in URLs), no password shows in anything logged, printed or written to
 * the data folder: not while the stages run, not in `status` or `settings`, not when a service
 * refuses them. Everything down to INFO is captured, Kafka's own config dumps included.
 */
class CredentialsStayHiddenTest {
    private static final Path SEEDS = Paths.get(System.getProperty("newsflow.home", "..")).resolve("samples/seeds");
    private static final String STORE_SECRET = "Store-s3cret";
    private static final String REGISTRY_SECRET = "Registry-s3cret";
    private static final String KAFKA_SECRET = "Kafka-s3cret";
    private static final List<String> SECRETS = List.of(STORE_SECRET, REGISTRY_SECRET, KAFKA_SECRET);

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Map<Logger, Level> levels = new LinkedHashMap<>();
    private final StringBuilder printed = new StringBuilder();
    private HttpServer refusing;

    @BeforeEach
    void captureEverythingLogged() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (String name : List.of(org.slf4j.Logger.ROOT_LOGGER_NAME, "kafka", "org.apache.kafka", "io.newsflow")) {
            Logger logger = context.getLogger(name);
            levels.put(logger, logger.getLevel());
            logger.setLevel(Level.INFO);
        }
        logged.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logged);
        refusing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        refusing.createContext("/", exchange -> {
            byte[] body = "{\"error_code\":401,\"message\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        refusing.start();
    }

    @AfterEach
    void release() {
        refusing.stop(0);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(logged);
        levels.forEach(Logger::setLevel);
    }

    @Test
    void theStagesStatusAndSettingsNeverShowAPassword() throws Exception {
        // user info in the URLs too: the registry and the store take it as basic auth
        Endpoints endpoints = new Endpoints(TestServices.kafka().bootstrapServers(),
                withUser(TestServices.registry().url(), REGISTRY_SECRET), withUser(TestServices.openSearch().httpUrl(), STORE_SECRET));
        Path inbox = TestServices.freshDir("secret-inbox");
        Path data = TestServices.freshDir("secret-data");
        Map<String, String> settings = new HashMap<>(isolated());
        settings.putAll(passwords());
        settings.remove("opensearch.username");

        try (Pipeline pipeline = new Pipeline(endpoints, inbox, data, settings);
             MetricsEndpoint metrics = MetricsEndpoint.start("127.0.0.1", 0, new PrintWriter(Writer.nullWriter()))) {
            pipeline.bindMetrics(metrics.registry());
            pipeline.start();
            Path seed;
            try (Stream<Path> files = Files.list(SEEDS)) {
                seed = files.sorted().findFirst().orElseThrow();
            }
            Files.copy(seed, inbox.resolve(seed.getFileName()));
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> pipeline.indexed() >= 1);
            endpoints.save(data, metrics.url());

            List<String> status = new ArrayList<>(List.of("status", "--data-dir", data.toString()));
            settings.forEach((key, value) -> status.addAll(List.of("-s", key + "=" + value)));
            assertThat(newsflow(status.toArray(String[]::new))).isZero();
            assertThat(newsflow("search", "--data-dir", data.toString(), "--index", "news-articles-secret", "-s",
                    "opensearch.username=news", "-s", "opensearch.password=" + STORE_SECRET, "Syria")).isZero();
            assertThat(printed).contains("newsflow_sink_indexed_total");
            assertThat(newsflow("settings")).isZero();
            assertThat(printed).contains("sasl.jaas.config", "basic.auth.user.info");
        }

        assertNoSecretIn(capturedText() + printed + filesUnder(data));
        assertThat(logged.list).as("Kafka's config dumps were captured, passwords as [hidden]")
                .anyMatch(e -> e.getFormattedMessage().contains("sasl.jaas.config = [hidden]"));
    }

    @Test
    void refusedCredentialsAreReportedWithoutThem() {
        String refusingUrl = "http://127.0.0.1:" + refusing.getAddress().getPort();
        String bootstrap = TestServices.kafka().bootstrapServers();

        assertThat(newsflow("ingest", "--bootstrap-servers", bootstrap, "--schema-registry", refusingUrl,
                "-s", "basic.auth.user.info=news:" + REGISTRY_SECRET, "-s", "topic.raw=secret.raw")).isEqualTo(2);
        assertThat(printed).contains("basic.auth.user.info");
        assertThat(newsflow("ingest", "--bootstrap-servers", bootstrap, "-s", "topic.raw=secret.raw",
                "--schema-registry", withUser(refusingUrl, REGISTRY_SECRET))).isEqualTo(2);
        assertThat(newsflow("ingest", "--bootstrap-servers", bootstrap, "--schema-registry", refusingUrl,
                "-s", "security.protocol=SASL_PLAINTEXT", "-s", "sasl.mechanism=PLAIN",
                "-s", "sasl.jaas.config=" + jaas(KAFKA_SECRET))).isEqualTo(2);
        assertThat(printed).contains("security.protocol=SASL_PLAINTEXT", "does not speak SASL");
        assertThat(newsflow("search", "--opensearch", refusingUrl, "-s", "opensearch.username=news",
                "-s", "opensearch.password=" + STORE_SECRET, "Raqqa")).isNotZero();
        assertThat(newsflow("search", "--opensearch", withUser(refusingUrl, STORE_SECRET), "Raqqa")).isNotZero();
        assertThat(printed).contains("refused our credentials (HTTP 401): check opensearch.username and opensearch.password");

        Map<String, Object> sinkSettings = new HashMap<>(isolated());
        sinkSettings.putAll(Map.of("bootstrap.servers", bootstrap, "schema.registry.url", TestServices.registry().url(),
                "opensearch.url", refusingUrl, "opensearch.username", "news", "opensearch.password", STORE_SECRET));
        try (ArticleSink sink = new ArticleSink(new SinkConfig(sinkSettings))) {
            sink.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> sink.failure().isPresent());
            assertThat(sink.failure().get()).as("the sink stops instead of retrying a refusal").contains("opensearch.password");
        }

        assertNoSecretIn(capturedText() + printed);
    }

    private int newsflow(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Newsflow.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        printed.append(out).append(err);
        return code;
    }

    private static String withUser(String url, String password) {
        return url.replace("://", "://news:" + password + "@");
    }

    private static Map<String, String> isolated() {
        return Map.of("topic.raw", "secret.raw", "topic.articles", "secret.articles", "topic.dlq", "secret.dlq",
                "topic.entity-counts", "secret.entity-counts", "topic.entity-aliases", "secret.entity-aliases",
                "application.id", "secret-enrich", "group.id", "secret-sink", "index", "news-articles-secret",
                "num.stream.threads", "1");
    }

    /** A password everywhere one goes; the embedded services check none of them, so the pipeline still runs. */
    private static Map<String, String> passwords() {
        return Map.of("opensearch.username", "news", "opensearch.password", STORE_SECRET,
                "basic.auth.user.info", "news:" + REGISTRY_SECRET,
                "security.protocol", "PLAINTEXT", "sasl.jaas.config", jaas(KAFKA_SECRET));
    }

    private static String jaas(String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"news\" password=\""
                + password + "\";";
    }

    private String capturedText() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : List.copyOf(logged.list)) {
            text.append(event.getFormattedMessage()).append('\n');
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
            }
        }
        return text.toString();
    }

    private static String filesUnder(Path dir) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }

    private static void assertNoSecretIn(String text) {
        for (String secret : SECRETS) {
            assertThat(text).doesNotContain(secret);
        }
    }
}
