package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.RawFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the scan found ready, then swapped (or a folder on its path swapped) for a link out of the
 * inbox before it is read: the read, which follows no link at any step, never reaches outside.
 */
class InboxFileTest {
    private static final String OUTSIDE_TEXT = "Secret text that lives outside the inbox.";

    @TempDir
    Path dir;

    private Path root;
    private Path outside;
    private final DroppedFileReader reader = new DroppedFileReader(1024 * 1024);

    @BeforeEach
    void anInboxAndAFolderOutsideIt() throws Exception {
        root = Files.createDirectories(dir.resolve("inbox"));
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(outside.resolve("2017"));
        Files.writeString(outside.resolve("2017/raqqa.txt"), OUTSIDE_TEXT);
        Files.writeString(outside.resolve("raqqa.txt"), OUTSIDE_TEXT);
    }

    @Test
    void aSubfolderSwappedForALinkAfterTheScanIsNotFollowed() throws Exception {
        Path file = Files.createDirectories(root.resolve("2017")).resolve("raqqa.txt");
        Files.writeString(file, "Raqqa fell in October.");
        Path ready = readyAfterTwoScans(file);

        Files.move(root.resolve("2017"), dir.resolve("moved-away"));
        Files.createSymbolicLink(root.resolve("2017"), outside.resolve("2017"));

        assertThatThrownBy(() -> reader.readWithin(root, ready, "2017/raqqa.txt"))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("never follows links");
        assertThat(outside.resolve("2017/raqqa.txt")).hasContent(OUTSIDE_TEXT);
    }

    @Test
    void aFileSwappedForALinkAfterTheScanIsRefusedUnread() throws Exception {
        Path file = Files.writeString(root.resolve("raqqa.txt"), "Raqqa fell in October.");
        Path ready = readyAfterTwoScans(file);

        Files.delete(file);
        Files.createSymbolicLink(file, outside.resolve("raqqa.txt"));

        assertThatThrownBy(() -> reader.readWithin(root, ready, "raqqa.txt"))
                .isInstanceOf(RefusedFileException.class).hasMessageContaining("link");
    }

    @Test
    void aLinkDeeperDownThePathIsNotFollowedEither() throws Exception {
        Files.createDirectories(root.resolve("a"));
        Files.createSymbolicLink(root.resolve("a/b"), outside);

        assertThatThrownBy(() -> reader.readWithin(root, root.resolve("a/b/raqqa.txt"), "a/b/raqqa.txt"))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> reader.readWithin(root, root.resolve("a/../../outside/raqqa.txt"), "x"))
                .as("a path that climbs out").isInstanceOf(RefusedFileException.class);
    }

    @Test
    void aFileWellInsideIsReadWhole() throws Exception {
        Path file = Files.createDirectories(root.resolve("2017/december")).resolve("raqqa.txt");
        Files.writeString(file, "Raqqa fell in October.");

        RawFile raw = reader.readWithin(root, file, "2017/december/raqqa.txt");

        assertThat(StandardCharsets.UTF_8.decode(raw.getContent()).toString()).isEqualTo("Raqqa fell in October.");
    }

    /** The file as the watcher's scan hands it over: found twice unchanged, an hour old. */
    private Path readyAfterTwoScans(Path file) throws Exception {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Inbox inbox = new Inbox(root, true, Set.of(), Duration.ofMillis(300), java.time.InstantSource.system());
        inbox.ready(System.nanoTime());
        List<Path> ready = inbox.ready(System.nanoTime() + Inbox.CONFIRM_NANOS);
        assertThat(ready).containsExactly(file);
        return ready.get(0);
    }
}
