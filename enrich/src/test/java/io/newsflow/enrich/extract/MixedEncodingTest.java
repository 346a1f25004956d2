package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files that are not UTF-8 and declare nothing: Windows-1252, with their well-formed UTF-8 parts read as UTF-8. */
class MixedEncodingTest {
    private static final Path HOME = Paths.get(System.getProperty("newsflow.home", "../.."));
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A real UTF-8 dump (Hebrew letters, "ò") from the seeds. */
    private static String seed() throws IOException {
        return Files.readString(HOME.resolve("samples/seeds/001_f18cba78f42df3c7.txt"));
    }

    /** Real French prose (Le Monde, from the extraction benchmark's mozilla pages: «», ’, é, à). */
    private static String french() throws IOException {
        List<String> lines = Files.readAllLines(HOME.resolve("bench/src/test/resources/quality/mozilla-text/lemonde-1.txt"));
        return String.join("\n", lines.subList(115, 124)) + "\n";
    }

    @Test
    void aDumpPastedTogetherFromAUtf8PageAndAWindows1252PageReadsRightInBothParts() throws IOException {
        String seed = seed();
        String french = french();
        assertThat(seed).contains("ò", "ת");
        assertThat(french).contains("«", "’", "députés");
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        dump.writeBytes(seed.getBytes(StandardCharsets.UTF_8));
        dump.writeBytes(french.getBytes(WINDOWS_1252));
        dump.writeBytes(seed.getBytes(StandardCharsets.UTF_8));

        assertThat(MixedEncoding.decode(dump.toByteArray())).isEqualTo(seed + french + seed);
    }

    @Test
    void aPureWindows1252PageReadsAsWindows1252() throws IOException {
        byte[] page = french().getBytes(WINDOWS_1252);
        assertThat(MixedEncoding.decode(page)).isEqualTo(new String(page, WINDOWS_1252)).isEqualTo(french());
    }

    @Test
    void aUtf8FileReadsAsUtf8() throws IOException {
        assertThat(MixedEncoding.decode(seed().getBytes(StandardCharsets.UTF_8))).isEqualTo(seed());
    }

    @Test
    void bytesThatOnlyLookLikeUtf8AreReadOneByOneAsWindows1252() {
        // an overlong '/', a UTF-16 surrogate, a lone continuation byte, a sequence cut short at the end
        byte[] bytes = HexFormat.of().parseHex("c0af" + "eda080" + "80" + "20" + "e282");
        assertThat(MixedEncoding.decode(bytes)).isEqualTo(new String(bytes, WINDOWS_1252));
    }

    @Test
    void everyUtf8LengthIsRead() {
        String text = "é € 𝄞 Zürich";
        byte[] bytes = ("café " + text).getBytes(StandardCharsets.UTF_8);
        bytes[3] = (byte) 0xE9; // the "é" of "café" in Windows-1252, leaving a stray continuation byte after it
        assertThat(MixedEncoding.decode(bytes)).isEqualTo("caf" + "é" + new String(new byte[] {(byte) 0xA9}, WINDOWS_1252)
                + " " + text);
    }
}
