package io.newsflow.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What happens to a handled file: published ones move to done/ (or are deleted, if so
 * configured), refused ones move to failed/ with {@code <name>.error.txt} beside them. Nothing
 * already in done/ or failed/ is ever overwritten: a clash gets a " (n)" suffix.
 */
final class FileOutcome {
    private final Path done;
    private final Path failed;
    private final boolean deletePublished;

    FileOutcome(Path done, Path failed, boolean deletePublished) {
        this.done = done;
        this.failed = failed;
        this.deletePublished = deletePublished;
    }

    void published(Path file) throws IOException {
        if (deletePublished) {
            Files.deleteIfExists(file);
        } else {
            moveInto(done, file, null);
        }
    }

    /** Moves the file to failed/ with the reason beside it; the reason is written first, so a crash never leaves a failed file without one. */
    Path refused(Path file, String reason) throws IOException {
        return moveInto(failed, file, reason);
    }

    private static Path moveInto(Path folder, Path file, String reason) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        int dot = name.indexOf('.', 1);
        String stem = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot);
        for (int n = 0; ; n++) {
            Path target = folder.resolve(n == 0 ? name : stem + " (" + n + ")" + extension);
            Path reasonFile = target.resolveSibling(target.getFileName() + ".error.txt");
            // NOFOLLOW: a refused link already there counts as taken even when what it points to is gone
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) || (reason != null && Files.exists(reasonFile))) {
                continue;
            }
            if (reason != null) {
                writeReason(reasonFile, reason);
            }
            try {
                // without REPLACE_EXISTING a clash throws instead of overwriting (ATOMIC_MOVE would replace on Linux)
                return Files.move(file, target);
            } catch (FileAlreadyExistsException raced) {
                if (reason != null) {
                    Files.deleteIfExists(reasonFile);
                }
            }
        }
    }

    /** A reason cut short (a full disk creates the file but cannot fill it) is removed, so no empty reason is left behind. */
    private static void writeReason(Path reasonFile, String reason) throws IOException {
        try {
            Files.writeString(reasonFile, reason + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException taken) {
            throw taken;
        } catch (IOException e) {
            Files.deleteIfExists(reasonFile);
            throw e;
        }
    }
}
