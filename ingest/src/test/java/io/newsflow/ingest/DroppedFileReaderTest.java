package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.RawFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DroppedFileReaderTest {
    @TempDir
    Path dir;

    private final DroppedFileReader reader = new DroppedFileReader(1024);
    private final DroppedFileReader pages = new DroppedFileReader(1024 * 1024);

    @Test
    void utf8WithBomIsUtf8() {
        byte[] text = "\uFEFFPériódico".getBytes(StandardCharsets.UTF_8);
        assertThat(DroppedFileReader.detectCharset(text)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf16WithBomIsDetected() {
        assertThat(DroppedFileReader.detectCharset("\uFEFFRaqqa".getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(DroppedFileReader.detectCharset("\uFEFFRaqqa".getBytes(StandardCharsets.UTF_16BE)))
                .isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void legacyBytesFallBackToWindows1252UnlessThePageDeclaresACharset() {
        Charset latin = Charset.forName("windows-1252");
        assertThat(DroppedFileReader.detectCharset("El Periódico".getBytes(latin)).name()).isEqualTo("windows-1252");
        byte[] declared = "<meta charset=\"ISO-8859-15\"><p>Periódico €</p>".getBytes(Charset.forName("ISO-8859-15"));
        assertThat(DroppedFileReader.detectCharset(declared).name()).isEqualTo("ISO-8859-15");
    }

    @Test
    void anOversizedFileIsRefusedNamingTheLimit() throws Exception {
        Path big = Files.write(dir.resolve("big.txt"), new byte[2048]);
        assertThatThrownBy(() -> reader.read(big, "big.txt"))
                .isInstanceOf(RefusedFileException.class)
                .hasMessageContaining("max.file.bytes");
    }

    @Test
    void htmlIsSniffedFromTheBytesNotTheName() throws Exception {
        Path page = Files.writeString(dir.resolve("saved page.txt"), "<!DOCTYPE html>\n<html><p>x</p></html>");
        RawFile raw = reader.read(page, "saved page.txt");
        assertThat(raw.getMediaType()).isEqualTo("text/html");
        assertThat(raw.getId()).isEqualTo(DroppedFileReader.sha256(Files.readAllBytes(page)));
    }

    @Test
    void aFileThatStartsLikeAnImageOrArchiveIsRefusedEvenWhenTextFollows() throws Exception {
        String text = "<html><body><p>Dockworkers in the harbour went on strike on Monday.</p></body></html>";
        for (String[] signature : new String[][] {{"89504E470D0A1A0A", "PNG image"}, {"FFD8FFE0", "JPEG image"},
                {"255044462D312E37", "PDF document"}, {"504B0304", "ZIP archive"}, {"4749463839610100", "GIF image"}}) {
            byte[] head = java.util.HexFormat.of().parseHex(signature[0]);
            byte[] bytes = new byte[head.length + text.length()];
            System.arraycopy(head, 0, bytes, 0, head.length);
            System.arraycopy(text.getBytes(StandardCharsets.UTF_8), 0, bytes, head.length, text.length());
            Path file = Files.write(dir.resolve("page.html"), bytes);
            assertThatThrownBy(() -> new DroppedFileReader(1 << 20).read(file, "page.html"))
                    .as(signature[1]).isInstanceOf(RefusedFileException.class).hasMessageContaining(signature[1]);
        }
    }

    @Test
    void textThatStartsWithTheLettersOfASignatureIsText() throws Exception {
        Path file = Files.writeString(dir.resolve("bmw.txt"), "BMW and MZ Motors said on Monday they would merge.");
        assertThat(reader.read(file, "bmw.txt").getMediaType()).isEqualTo("text/plain");
    }

    @Test
    void aPageDeclaringUtf8WithBytesThatAreNotIsRefusedNamingWhereItBreaks() throws Exception {
        // a real seed saved as a page that declares UTF-8, with a Windows-1252 "café" pasted in after the head
        String seed = Files.readString(IngestFixture.seeds().get(0));
        byte[] head = "<html><head><meta charset=\"utf-8\"><title>Syria</title></head><body><p>Le caf"
                .getBytes(StandardCharsets.UTF_8);
        byte[] rest = ("\u00e9 \u00e9tait ferm\u00e9.</p><p>" + seed + "</p></body></html>").getBytes(Charset.forName("windows-1252"));
        Path page = Files.write(dir.resolve("pasted.html"), concat(head, rest));
        assertThatThrownBy(() -> pages.read(page, "pasted.html"))
                .isInstanceOf(RefusedFileException.class)
                .hasMessageContaining("declares or begins as UTF-8 but is not valid UTF-8")
                .hasMessageContaining(String.format("at byte %d (0xe9)", head.length))
                .hasMessageContaining("Re-save it as UTF-8");
    }

    @Test
    void aLinkIsRefusedWithoutReadingWhatItPointsTo() throws Exception {
        Path outside = Files.copy(IngestFixture.seeds().get(0), dir.resolve("outside.txt"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path link = Files.createSymbolicLink(inbox.resolve("link.txt"), outside);
        assertThatThrownBy(() -> pages.read(link, "link.txt"))
                .isInstanceOf(RefusedFileException.class)
                .hasMessageContaining("symbolic link")
                .hasMessageContaining("Copy the file itself into the inbox");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
