package io.newsflow.cli.faults;

import io.newsflow.ingest.DroppedFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Distinct files made from the seed dumps, as the bench makes them: copy n is a seed with one
 * more line at its end, n in binary written with spaces and tabs, which no extractor reads. So
 * every copy is a new file with an id of its own and the same articles as its seed.
 */
final class SeedCopies {
    static final Path SEEDS = Paths.get(System.getProperty("newsflow.home", "..")).resolve("samples/seeds");

    /** One file to drop: its name in the inbox, its bytes and the id ingest gives it. */
    record Copy(String name, byte[] bytes, String rawId) {
    }

    private SeedCopies() {
    }

    /** The first {@code count} copies, cycling through the seeds in name order. */
    static List<Copy> first(int count) {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Copy> copies = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Path seed = seeds.get(n % seeds.size());
            byte[] mark = ("\n" + Integer.toBinaryString(n).replace('0', ' ').replace('1', '\t') + "\n")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] text;
            try {
                text = Files.readAllBytes(seed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] bytes = new byte[text.length + mark.length];
            System.arraycopy(text, 0, bytes, 0, text.length);
            System.arraycopy(mark, 0, bytes, text.length, mark.length);
            copies.add(new Copy(String.format("%04d-%s", n, seed.getFileName()), bytes, DroppedFileReader.sha256(bytes)));
        }
        return copies;
    }

    /** Writes every copy into {@code inbox} in one go, as {@code cp} would. */
    static void drop(List<Copy> copies, Path inbox) throws IOException {
        Files.createDirectories(inbox);
        for (Copy copy : copies) {
            Files.write(inbox.resolve(copy.name()), copy.bytes());
        }
    }
}
