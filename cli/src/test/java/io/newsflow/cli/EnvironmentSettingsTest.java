package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.embedded.TestServices;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.schemas.topics.NewsTopics;
import io.newsflow.sink.SinkConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every setting can be given as a NEWSFLOW_ environment variable, as a container would: checked in a child JVM. */
class EnvironmentSettingsTest {
    @TempDir
    Path dir;

    @Test
    void theVariableIsTheKeyInCapitalsWithUnderscores() {
        assertThat(Settings.environmentVariable("topic.entity-counts")).isEqualTo("NEWSFLOW_TOPIC_ENTITY_COUNTS");
        assertThat(Settings.environmentVariable("bootstrap.servers")).isEqualTo("NEWSFLOW_BOOTSTRAP_SERVERS");
    }

    @Test
    void onlyDeclaredSettingsAreReadFromTheEnvironment() {
        Map<String, String> environment = Map.of("NEWSFLOW_GROUP_ID", "reports", "NEWSFLOW_HOME", "/opt/newsflow",
                "GROUP_ID", "not ours");
        assertThat(Settings.fromEnvironment(environment, SinkConfig.definition(), EnrichConfig.definition()))
                .containsExactly(Map.entry("group.id", "reports"));
    }

    @Test
    void aCommandFindsItsServicesAndSettingsInTheEnvironmentAndShowsNoPassword() throws Exception {
        String topic = "news.env-" + System.nanoTime();
        NewsTopics.ensure(TestServices.kafka().bootstrapServers(), List.of(topic), 1);
        Map<String, String> environment = Map.of(
                "NEWSFLOW_BOOTSTRAP_SERVERS", TestServices.kafka().bootstrapServers(),
                "NEWSFLOW_SCHEMA_REGISTRY_URL", TestServices.registry().url(),
                "NEWSFLOW_TOPIC_PARTITIONS", "12",
                "NEWSFLOW_OPENSEARCH_PASSWORD", "env-secret-4711");

        // no option names a service and no `newsflow run` is recorded in this folder
        String topics = newsflow(environment, "topics");
        assertThat(topics).contains(topic);

        String settings = newsflow(environment, "settings");
        assertThat(settings).contains("NEWSFLOW_TOPIC_PARTITIONS", "[env: 12]", "NEWSFLOW_OPENSEARCH_PASSWORD",
                "[env: (hidden)]").doesNotContain("env-secret-4711");
    }

    private String newsflow(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Newsflow.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
