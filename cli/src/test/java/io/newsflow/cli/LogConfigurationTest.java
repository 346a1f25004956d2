package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's logback.xml: routine client warnings stay off the console and go to the log file. */
class LogConfigurationTest {
    @TempDir
    Path dir;

    /** Logs a newsflow line, a client warning and a client error through the command's configuration; returns the console. */
    private String logThroughTheCommandsConfiguration(String format) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("NEWSFLOW_LOG_FILE", dir.resolve("newsflow.log").toString());
        if (format != null) {
            context.putProperty("NEWSFLOW_LOG_FORMAT", format);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        PrintStream console = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            configurator.doConfigure(LogConfigurationTest.class.getResource("/logback.xml"));
            context.getLogger("io.newsflow.cli.RunCommand").info("newsflow is running");
            context.getLogger("org.apache.kafka.clients.NetworkClient").warn("Connection to node -1 could not be established");
            context.getLogger("org.apache.kafka.clients.producer.KafkaProducer").error("Authentication failed");
        } finally {
            context.stop();
            System.setErr(console);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void routineClientWarningsGoToTheLogFileAndErrorsAndOurLinesToTheConsole() throws Exception {
        String console = logThroughTheCommandsConfiguration(null);

        assertThat(console).contains("newsflow is running", "Authentication failed").doesNotContain("could not be established");
        assertThat(Files.readString(dir.resolve("newsflow.log")))
                .contains("newsflow is running", "could not be established", "Authentication failed");
    }

    @Test
    void theJsonFormatPrintsOneObjectPerLine() throws Exception {
        String console = logThroughTheCommandsConfiguration("json");

        ObjectMapper json = new ObjectMapper();
        assertThat(console.lines()).hasSize(2);
        JsonNode error = json.readTree(console.lines().toList().get(1));
        assertThat(error.get("level").asText()).isEqualTo("ERROR");
        assertThat(error.get("loggerName").asText()).isEqualTo("org.apache.kafka.clients.producer.KafkaProducer");
        assertThat(error.get("message").asText()).isEqualTo("Authentication failed");
    }
}
