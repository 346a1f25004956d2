package io.newsflow.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Formats a file is known to be by its first bytes (images, PDFs, archives), from the table in
 * {@code binary-signatures.tsv}: such a file is refused even when the bytes after its signature
 * happen to read as text. Hand-made because it is a dozen prefixes; a content-detection library
 * would bring hundreds of formats this refusal does not need.
 */
final class BinarySignatures {

    private record Signature(byte[] prefix, String name) {
    }

    private static final List<Signature> SIGNATURES = load();

    private BinarySignatures() {
    }

    /** What {@code content} is by its signature ("a PNG image"), null if it starts like none. */
    static String formatOf(byte[] content) {
        for (Signature s : SIGNATURES) {
            if (content.length >= s.prefix().length
                    && Arrays.equals(content, 0, s.prefix().length, s.prefix(), 0, s.prefix().length)) {
                return s.name();
            }
        }
        return null;
    }

    private static List<Signature> load() {
        try (InputStream in = BinarySignatures.class.getResourceAsStream("binary-signatures.tsv")) {
            if (in == null) {
                throw new IllegalStateException("binary-signatures.tsv is missing from the ingest jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(cells -> new Signature(HexFormat.of().parseHex(cells[0].strip()), cells[1].strip()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
