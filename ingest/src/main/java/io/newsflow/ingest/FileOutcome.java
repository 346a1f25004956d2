package io.newsflow.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Moves a handled file to done/ or failed/, never overwriting a file already there. */
final class FileOutcome {
    private final Path done;
    private final Path failed;

    FileOutcome(Path done, Path failed) {
        this.done = done;
        this.failed = failed;
    }

    Path published(Path file) throws IOException {
        return moveInto(done, file);
    }

    /** Moves the file to failed/ and writes {@code <name>.error.txt} beside it with the reason. */
    Path refused(Path file, String reason) throws IOException {
        Path moved = moveInto(failed, file);
        Files.writeString(moved.resolveSibling(moved.getFileName() + ".error.txt"), reason + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        return moved;
    }

    private static Path moveInto(Path folder, Path file) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        int dot = name.indexOf('.', 1);
        String stem = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot);
        for (int n = 0; ; n++) {
            Path target = folder.resolve(n == 0 ? name : stem + " (" + n + ")" + extension);
            try {
                // without REPLACE_EXISTING a clash throws instead of overwriting (ATOMIC_MOVE would replace on Linux)
                return Files.move(file, target);
            } catch (FileAlreadyExistsException clash) {
                // try the next free name
            }
        }
    }
}
