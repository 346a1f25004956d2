package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int newsflow(String... args) {
        CommandLine cmd = Newsflow.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void aMistypedSettingIsRefusedAndTheKnownOnesAreListed() {
        int code = newsflow("ingest", "--bootstrap-servers", "127.0.0.1:9", "--schema-registry", "http://127.0.0.1:9",
                "-s", "max.file.byte=10");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("Unknown setting 'max.file.byte'").contains("max.file.bytes");
    }

    @Test
    void aClientSettingThatCarriesTheGuaranteesIsRefusedByName() {
        int code = newsflow("ingest", "--bootstrap-servers", "127.0.0.1:9", "--schema-registry", "http://127.0.0.1:9",
                "-s", "producer.acks=1");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("'producer.acks' cannot be passed through");
    }

    @Test
    void searchWithoutAStoreOrARunningPipelineSaysWhatToDo() {
        int code = newsflow("search", "--data-dir", dir.toString(), "Raqqa");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--opensearch").contains("newsflow run");
    }

    @Test
    void searchConnectsWithTheStoreSettingsGivenBySet() {
        int code = newsflow("search", "--opensearch", "https://127.0.0.1:9", "-s",
                "opensearch.tls.ca.file=" + dir.resolve("no-such-ca.pem"), "Raqqa");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("no-such-ca.pem");
    }

    @Test
    void settingsListsEveryStageWithDefaults() {
        assertThat(newsflow("settings")).isZero();
        assertThat(out.toString()).contains("[ingest]", "[enrich]", "[sink]", "max.file.bytes", "20971520",
                "processing.guarantee", "exactly_once_v2", "opensearch.password", "(hidden)");
    }

    @Test
    void theProductCarriesNoBenchmarkYardsticks() {
        for (String yardstick : new String[] {"net.dankito.readability4j.Readability4J",
                "org.apache.kafka.tools.ProducerPerformance", "io.newsflow.bench.BenchCommand"}) {
            assertThatThrownBy(() -> Class.forName(yardstick)).as(yardstick).isInstanceOf(ClassNotFoundException.class);
        }
        assertThat(newsflow("--help")).isZero();
        assertThat(out.toString()).contains("newsflow bench --help");
    }
}
