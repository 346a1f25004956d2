package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Extraction quality on the fixture sample in {@code src/test/resources/quality} (46 pages from
 * aeb, mozilla and dates, in ten languages, with text dumps of 32 of them), scored as
 * {@code newsflow bench extract} scores the full suites. Each floor sits just under the figure the
 * extractor reached when it was set, so a rule that makes extraction worse fails the build. The
 * figures are deterministic: the same pages give the same output on any machine.
 */
class ExtractionQualityFloorTest {

    @TempDir
    static Path predictions;

    private static Map<String, BenchExtractCommand.Scores> results;

    @BeforeAll
    static void scoreTheFixtures() throws URISyntaxException {
        Path fixtures = Path.of(ExtractionQualityFloorTest.class.getResource("/quality").toURI());
        BenchExtractCommand bench = new BenchExtractCommand();
        CommandLine cmd = new CommandLine(bench);
        StringWriter out = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        assertThat(cmd.execute(fixtures.toString(), "--out", predictions.toString(), "--score-only")).isZero();
        results = bench.results;
    }

    @Test
    void bodiesStayAboveTheirFloors() {
        assertThat(results.get("aeb").body().f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(results.get("aeb-text").body().f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(results.get("mozilla").body().f1()).isGreaterThanOrEqualTo(0.93);
        assertThat(results.get("mozilla-text").body().f1()).isGreaterThanOrEqualTo(0.73);
    }

    /** One page of 19 is 0.053 (of 14 dated pages, 0.071): each floor is today's figure less one page, at most. */
    @Test
    void metadataStaysAboveItsFloors() {
        MetadataScore mozilla = results.get("mozilla").metadata();
        assertThat(mozilla.title()).isGreaterThanOrEqualTo(0.85);
        assertThat(mozilla.byline()).isGreaterThanOrEqualTo(0.66);
        assertThat(mozilla.published()).isGreaterThanOrEqualTo(0.95);
        MetadataScore mozillaText = results.get("mozilla-text").metadata();
        assertThat(mozillaText.title()).isGreaterThanOrEqualTo(0.20);
        assertThat(mozillaText.byline()).isGreaterThanOrEqualTo(0.27);
        assertThat(mozillaText.published()).isGreaterThanOrEqualTo(0.45);
        assertThat(results.get("dates").metadata().published()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void newsflowLeadsReadability4jOnTheSamePages() {
        assertThat(results.get("aeb").body().f1()).isGreaterThan(results.get("aeb (readability4j)").body().f1());
        assertThat(results.get("mozilla").metadata().title())
                .isGreaterThan(results.get("mozilla (readability4j)").metadata().title());
    }
}
