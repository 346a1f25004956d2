package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchExtractCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cmd = new CommandLine(command);
        cmd.setOut(new PrintWriter(out));
        return cmd.execute(args);
    }

    @Test
    void benchWritesPredictionsAndScoresThemWithTheBenchmarksMetric() throws Exception {
        Path aeb = Files.createDirectories(dir.resolve("aeb/html"));
        Files.createDirectories(dir.resolve("aeb-text"));
        String body = "Dockworkers in the harbour went on strike on Monday, demanding better pay and safer cranes.";
        Files.writeString(dir.resolve("aeb/ground-truth.json"),
                new ObjectMapper().writeValueAsString(Map.of("p1", Map.of("articleBody", body, "url", "x",
                        "title", "Dockworkers strike", "byline", "Jane Doe", "published", "2019-10-16"))));
        try (var gz = new GZIPOutputStream(Files.newOutputStream(aeb.resolve("p1.html.gz")))) {
            gz.write(("<html><head><title>Dockworkers strike</title><meta name=author content='Jane Doe'>"
                    + "<meta property='article:published_time' content='2019-10-16T00:04:00+02:00'></head><body>"
                    + "<nav>Home News Sport</nav><article><p>" + body + "</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("aeb-text/p1.txt"), "Home\nNews\n\n" + body + "\n");

        Path predictions = dir.resolve("out");
        assertThat(run(new BenchExtractCommand(), dir.toString(), "--out", predictions.toString(),
                "--warmup", "0", "--warmup-seconds", "0", "--rounds", "1")).isZero();

        assertThat(out.toString()).containsPattern("pages/cpu-s\\s+best\\s+pages/s")
                .containsPattern("aeb\\s+1\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000")
                .containsPattern("aeb \\(readability4j\\)\\s+1\\s+\\d")
                .containsPattern("aeb-text\\s+1\\s+1\\.000");
        assertThat(new ObjectMapper().readTree(predictions.resolve("aeb/p1.json").toFile()).path("articleBody").asText())
                .isEqualTo(body);
    }
}
