package io.newsflow.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A service's data folder: created if missing, writable, with room to work in. */
final class DataDirectory {
    /** Below this a broker or search node soon fails in confusing ways; refuse to start instead. */
    static final long MIN_FREE_BYTES = 200L * 1024 * 1024;

    private DataDirectory() {
    }

    static Path prepare(String service, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ServiceStartException(service + " cannot create its data folder " + dir + ": " + e.getMessage()
                    + ". Choose a writable folder with --data-dir.", e);
        }
        if (!Files.isWritable(dir)) {
            throw new ServiceStartException(service + " cannot write to its data folder " + dir
                    + ". Fix its permissions or choose another with --data-dir.");
        }
        long free = dir.toFile().getUsableSpace();
        if (free < MIN_FREE_BYTES) {
            throw new ServiceStartException(String.format("%s needs at least %d MB free in %s but only %d MB are left:"
                    + " free some disk space or choose another folder with --data-dir.",
                    service, MIN_FREE_BYTES >> 20, dir, free >> 20));
        }
        return dir;
    }
}
