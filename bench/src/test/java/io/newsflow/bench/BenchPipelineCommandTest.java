package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code newsflow bench pipeline} on the real embedded services, with a handful of seed copies:
 * every article dropped is counted and every file followed to searchable, stage by stage. The
 * figures themselves depend on the machine and are not checked.
 */
class BenchPipelineCommandTest {
    @TempDir
    Path work;

    @Test
    void followsEveryDroppedFileToSearchableAndReportsTableJsonAndPlot() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new BenchPipelineCommand());
        cmd.setOut(new PrintWriter(out));

        assertThat(cmd.execute("../samples/seeds", "--files", "5", "--warmup", "1", "--warmup-seconds", "0", "--latency-files", "3",
                "--rate", "4", "--work-dir", work.toString())).isZero();

        // the five seeds hold eleven articles (seed 003 seven posts); copies 1-5 are each seed once
        assertThat(out.toString()).contains("5 files, 11 articles", "3 of 3 files followed")
                .containsPattern("watcher wait +\\d+ +\\d+ +\\d+")
                .containsPattern("drop to searchable +\\d+ +\\d+ +\\d+")
                .containsPattern("NER takes \\d+% of all CPU")
                .containsPattern("opensearch +\\d+ +\\d+");
        JsonNode report = new ObjectMapper().readTree(work.resolve("pipeline.json").toFile());
        assertThat(report.path("throughput").path("articles").asInt()).isEqualTo(11);
        assertThat(report.path("latency").path("searchable").asInt()).isEqualTo(3);
        assertThat(report.path("timeline").size()).isPositive();
        assertThat(work.resolve("pipeline.png")).isNotEmptyFile();
    }

    @Test
    void measuresEnrichInItsOwnProcessWithTheRecognisersCountersReadFromItsMetricsPage() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new BenchPipelineCommand());
        cmd.setOut(new PrintWriter(out));

        assertThat(cmd.execute("../samples/seeds", "--files", "5", "--warmup", "1", "--warmup-seconds", "0",
                "--latency-files", "0", "--enrich-processes", "1", "--work-dir", work.toString())).isZero();

        assertThat(out.toString()).contains("5 files, 11 articles")
                .containsPattern("enrich 1 +\\d+\\.\\d+ +\\d+\\.\\d+%")
                .containsPattern("of which NER \\(enrich processes\\) +\\d+\\.\\d+")
                .containsPattern("enrich 1 +\\d+ +\\d+")
                .containsPattern("[\\d,]+ tokens/s through the entity recogniser");
        JsonNode throughput = new ObjectMapper().readTree(work.resolve("pipeline.json").toFile()).path("throughput");
        assertThat(throughput.path("articles").asInt()).isEqualTo(11);
        assertThat(throughput.path("nerShareOfAllCpu").asDouble()).isBetween(0.01, 1.0);
    }
}
