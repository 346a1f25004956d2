package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCopiesTest {
    @TempDir
    Path dir;

    @Test
    void copiesOfTheSeedsAreDistinctFilesWithTheSameArticle() throws Exception {
        CorpusCopies copies = CorpusCopies.of(Path.of("../samples/seeds"));

        assertThat(copies.size()).isEqualTo(5);
        assertThat(IntStream.range(0, 12).mapToObj(copies::copy).map(CorpusCopies.Copy::rawId).distinct()).hasSize(12);
        CorpusCopies.Copy sixth = copies.copy(5);
        String original = Files.readString(Path.of("../samples/seeds/000_463387caab54acbb.txt"));
        // 5 = 101 in binary: tab, space, tab on a line of its own, which no extractor reads
        assertThat(new String(sixth.bytes(), StandardCharsets.UTF_8)).isEqualTo(original + "\n\t \t\n");
        assertThat(sixth.name()).isEqualTo("000005-000_463387caab54acbb.txt");
    }

    @Test
    void gzippedPagesAreCopiedUnzippedAndMarkedWithAComment() throws Exception {
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("p1.html.gz")))) {
            gz.write("<html><body><p>Dockworkers went on strike.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("notes.md"), "not a news file");

        CorpusCopies copies = CorpusCopies.of(dir);

        assertThat(copies.size()).isEqualTo(1);
        CorpusCopies.Copy copy = copies.copy(0);
        assertThat(copy.name()).isEqualTo("000000-p1.html");
        assertThat(new String(copy.bytes(), StandardCharsets.UTF_8)).startsWith("<html>").endsWith("<!-- copy 0 -->\n");
        CorpusCopies.drop(copy, dir);
        assertThat(dir.resolve("000000-p1.html")).hasBinaryContent(copy.bytes());
    }

    @Test
    void aFolderWithoutNewsFilesIsRefusedWithWhatToGive() {
        assertThatThrownBy(() -> CorpusCopies.of(dir)).hasMessageContaining("No .txt or .html news files in " + dir);
    }
}
