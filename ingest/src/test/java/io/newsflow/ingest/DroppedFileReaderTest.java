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
}
