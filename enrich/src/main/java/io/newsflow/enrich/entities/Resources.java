package io.newsflow.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the tab-separated name lists shipped next to these classes. */
final class Resources {
    private Resources() {
    }

    /** @return the non-blank lines that are not "#" comments, each split at tabs */
    static List<String[]> rows(String name) {
        InputStream in = Resources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " next to " + Resources.class.getName());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
