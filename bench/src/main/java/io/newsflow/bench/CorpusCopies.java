package io.newsflow.bench;

import io.newsflow.ingest.DroppedFileReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Distinct copies of a folder of news files, as a user would drop them: copy n of a page is the
 * page with one more line at its end, which no extractor reads (an HTML comment for a page; for
 * text, n in binary written with spaces and tabs), so each copy is a new file with a new id and the
 * same articles. Gzipped pages are copied unzipped.
 */
final class CorpusCopies {
    /** One file to drop: its name in the inbox, its bytes, and the raw id ingest will give it. */
    record Copy(String name, byte[] bytes, String rawId) {
    }

    private record Source(String name, byte[] bytes, boolean html) {
    }

    private final List<Source> sources;

    private CorpusCopies(List<Source> sources) {
        this.sources = sources;
    }

    /** The .txt and .html files (optionally .gz) directly in {@code folder}, in name order. */
    static CorpusCopies of(Path folder) throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("(?i)\\.gz$", "");
                boolean html = name.matches("(?i).*\\.x?html?$");
                if (html || name.matches("(?i).*\\.txt$")) {
                    byte[] bytes = Files.readAllBytes(file);
                    sources.add(new Source(name, name.length() < file.getFileName().toString().length()
                            ? new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes() : bytes, html));
                }
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("No .txt or .html news files in " + folder
                    + "; give a folder of news files (e.g. samples/seeds or a benchmark suite's text folder).");
        }
        return new CorpusCopies(sources);
    }

    int size() {
        return sources.size();
    }

    /** Copy {@code n} of the corpus, cycling through its files. */
    Copy copy(int n) {
        Source source = sources.get(n % sources.size());
        String mark = source.html() ? "\n<!-- copy " + n + " -->\n"
                : "\n" + Integer.toBinaryString(n).replace('0', ' ').replace('1', '\t') + "\n";
        byte[] markBytes = mark.getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[source.bytes().length + markBytes.length];
        System.arraycopy(source.bytes(), 0, bytes, 0, source.bytes().length);
        System.arraycopy(markBytes, 0, bytes, source.bytes().length, markBytes.length);
        return new Copy(String.format("%06d-%s", n, source.name()), bytes, DroppedFileReader.sha256(bytes));
    }

    /** Drops a copy into the inbox the way {@code cp} does: written in place, in one go. */
    static void drop(Copy copy, Path inbox) {
        try {
            Files.write(inbox.resolve(copy.name()), copy.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + copy.name() + " into " + inbox, e);
        }
    }
}
