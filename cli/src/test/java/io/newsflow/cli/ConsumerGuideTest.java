package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** docs/consuming.md shows the two consumer examples exactly as DownstreamConsumersTest runs them. */
class ConsumerGuideTest {
    private static final Path HOME = Paths.get(System.getProperty("newsflow.home", ".."));

    @Test
    void theGuideShowsTheExamplesAsTheyAreRun() throws IOException {
        String guide = Files.readString(HOME.resolve("docs/consuming.md"));
        for (String example : new String[] {"cli/src/test/java/io/newsflow/examples/ConsumeEnrichedTopics.java",
                "cli/src/test/python/consume_enriched_topics.py"}) {
            assertThat(guide).as("docs/consuming.md must show %s as it is; copy the file into the guide", example)
                    .contains(Files.readString(HOME.resolve(example)));
        }
    }
}
