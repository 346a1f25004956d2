package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code newsflow bench entities} prints both speeds and their ratio; the numbers depend on the machine. */
class BenchEntitiesCommandTest {

    @Test
    void reportsRecogniserAndBareSpeed() {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new BenchEntitiesCommand());
        cmd.setOut(new PrintWriter(out));

        assertThat(cmd.execute("--rounds", "1", "../samples/seeds/000_463387caab54acbb.txt")).isZero();

        assertThat(out.toString()).containsPattern("1 articles, \\d+ tokens, 1 rounds")
                .containsPattern("bare CoreNLP NER +[\\d,]+ tokens/CPU-s")
                .containsPattern("recognize\\(\\) +[\\d,]+ tokens/CPU-s  \\(\\d\\.\\d\\d of bare\\)");
    }
}
