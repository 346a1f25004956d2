package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExtractCommandTest {
    /** Seed 003: a blog page of seven posts, six with an "Author: X | Date: Y | Permalink" footer. */
    private static final Path BLOG_PAGE = Path.of("../samples/seeds/003_42d5ccc6b8b7353e.txt");

    private final StringWriter out = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cmd = new CommandLine(command);
        cmd.setOut(new PrintWriter(out));
        return cmd.execute(args);
    }

    @Test
    void jsonGivesOneObjectPerPostWithTitleBylineDateAndBody() throws Exception {
        assertThat(run(new ExtractCommand(), "--json", BLOG_PAGE.toString())).isZero();
        List<JsonNode> articles = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            articles.add(new ObjectMapper().readTree(line));
        }
        assertThat(articles).hasSize(7);
        assertThat(articles).allSatisfy(a -> assertThat(a.has("title") && a.has("byline") && a.has("published")).isTrue());
        assertThat(articles).allSatisfy(a -> assertThat(a.path("body").asText()).isNotBlank());
        assertThat(articles.stream().filter(a -> a.path("published").isTextual()).count()).isEqualTo(6);
    }

    @Test
    void textOutputNamesTheFileAndShowsTheBody() {
        assertThat(run(new ExtractCommand(), BLOG_PAGE.toString())).isZero();
        assertThat(out.toString()).contains("== " + BLOG_PAGE + " (1/7)", "title:", "byline:", "published:");
    }
}
