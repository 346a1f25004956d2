package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow entities} on a seed file and on a small CoNLL file; no services needed. */
class EntitiesCommandTest {
    private static final Path SEED = Path.of("..", "samples", "seeds", "001_f18cba78f42df3c7.txt");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int entities(String... args) {
        CommandLine cmd = new CommandLine(new EntitiesCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void printsTheEntitiesOfEachArticleUnderCanonicalNames() {
        assertThat(entities(SEED.toString())).isZero();

        assertThat(out.toString())
                .contains("Report: U.S. Providing Assad Regime With anti-Islamic State Intelligence")
                .containsPattern("LOCATION +United States .*U\\.S\\.")
                .containsPattern("ORGANIZATION +Islamic State .*IS")
                .containsPattern("LOCATION +Raqqa .*Raqqah");
    }

    @Test
    void tagsAndScoresConll() throws Exception {
        Path conll = Files.writeString(dir.resolve("tiny.conll"),
                "-DOCSTART- O\n\nFaisal B-PER\nMekdad I-PER\nvisited O\nDamascus B-LOC\n. O\n");

        assertThat(entities("--conll", conll.toString())).isZero();
        assertThat(out.toString()).contains("-DOCSTART- O\n\nFaisal B-PER B-PER\nMekdad I-PER I-PER\n", "Damascus B-LOC B-LOC\n");

        assertThat(entities("--conll", "--score", conll.toString())).isZero();
        assertThat(out.toString()).containsPattern("overall +precision 100\\.00%  recall 100\\.00%  F1 100\\.00");
    }

    @Test
    void scoreNeedsConll() {
        assertThat(entities("--score", SEED.toString())).isNotZero();
        assertThat(err.toString()).contains("--score needs --conll");
    }
}
